package dev.qmpgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The runtime's hand-written public API, listed and compared with {@code api/qmpgen-runtime.api},
 * so that widening or changing it shows up as a diff to review, not as an accident. The {@code
 * internal} package is left out: it is public only for generated code, and documented as not API.
 * Run with {@code -Dapi.update=true} to rewrite the file after an intended change.
 */
class PublicApiTest {

  private static final Path CLASSES = Path.of("target", "classes");
  private static final Path API = Path.of("src", "test", "resources", "api", "qmpgen-runtime.api");

  @Test
  void publicApiMatchesTheCheckedInListing() throws IOException {
    String listing = String.join("\n", listing()) + "\n";
    if (Boolean.getBoolean("api.update")) {
      Files.createDirectories(API.getParent());
      Files.writeString(API, listing, StandardCharsets.UTF_8);
    }
    assertEquals(
        Files.readString(API, StandardCharsets.UTF_8),
        listing,
        "the runtime's public API changed; review, then rerun with -Dapi.update=true");
  }

  private static List<String> listing() throws IOException {
    List<String> lines = new ArrayList<>();
    for (Class<?> type : publicTypes()) {
      lines.add(describeType(type));
      members(type).stream().sorted().forEach(member -> lines.add("  " + member));
    }
    return lines;
  }

  private static List<Class<?>> publicTypes() throws IOException {
    Path root = CLASSES.resolve("dev/qmpgen/runtime");
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .map(file -> CLASSES.relativize(file).toString())
          .filter(name -> name.endsWith(".class") && !name.endsWith("package-info.class"))
          .filter(name -> !name.startsWith("dev/qmpgen/runtime/internal/"))
          .sorted()
          .map(PublicApiTest::load)
          .filter(PublicApiTest::isVisibleToUsers)
          .toList();
    }
  }

  private static Class<?> load(String classFile) {
    String name = classFile.substring(0, classFile.length() - ".class".length()).replace('/', '.');
    try {
      return Class.forName(name, false, PublicApiTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  /** Public, and nested only in public types: what a user can name. */
  private static boolean isVisibleToUsers(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
      if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isSynthetic()) {
        return false;
      }
    }
    return true;
  }

  private static String describeType(Class<?> type) {
    StringBuilder line =
        new StringBuilder(Modifier.toString(type.getModifiers() & ~Modifier.INTERFACE));
    line.append(line.isEmpty() ? "" : " ")
        .append(kind(type))
        .append(' ')
        .append(type.getTypeName());
    if (type.getGenericSuperclass() != null
        && type.getSuperclass() != Object.class
        && !type.isEnum()
        && !type.isRecord()) {
      line.append(" extends ").append(type.getGenericSuperclass().getTypeName());
    }
    if (type.getGenericInterfaces().length > 0) {
      line.append(type.isInterface() ? " extends " : " implements ");
      line.append(
          String.join(
              ", ",
              Arrays.stream(type.getGenericInterfaces())
                  .map(java.lang.reflect.Type::getTypeName)
                  .toList()));
    }
    if (type.isSealed()) {
      line.append(" permits ")
          .append(
              String.join(
                  ", ",
                  Arrays.stream(type.getPermittedSubclasses())
                      .map(Class::getTypeName)
                      .sorted()
                      .toList()));
    }
    return line.toString();
  }

  private static String kind(Class<?> type) {
    if (type.isAnnotation()) {
      return "@interface";
    } else if (type.isInterface()) {
      return "interface";
    } else if (type.isEnum()) {
      return "enum";
    } else if (type.isRecord()) {
      return "record";
    }
    return "class";
  }

  private static List<String> members(Class<?> type) {
    List<String> members = new ArrayList<>();
    for (Field field : type.getDeclaredFields()) {
      if (isApi(field.getModifiers()) && !field.isSynthetic()) {
        members.add(
            Modifier.toString(field.getModifiers())
                + " "
                + field.getGenericType().getTypeName()
                + " "
                + field.getName());
      }
    }
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      if (isApi(constructor.getModifiers()) && !constructor.isSynthetic() && !type.isEnum()) {
        members.add(constructor.toGenericString().replace(type.getTypeName() + "(", "<init>("));
      }
    }
    for (Method method : type.getDeclaredMethods()) {
      if (isApi(method.getModifiers()) && !method.isSynthetic() && !method.isBridge()) {
        members.add(signature(method));
      }
    }
    return members;
  }

  private static String signature(Executable method) {
    return method.toGenericString().replace(method.getDeclaringClass().getTypeName() + ".", "");
  }

  private static boolean isApi(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }
}
