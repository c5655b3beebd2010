package dev.qmpgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The whole generated sources for {@code golden/schema/qemu-small.json} (a union, alternates,
 * nested arrays, {@code uint64}, {@code any}, features, a type two events share), compared with
 * {@code golden/com/example/qemu/*.java}. Run with {@code -Dgolden.update=true} to rewrite them
 * after an intended change, then review the diff.
 */
class SchemaGoldenSourcesTest {

  static final Path SCHEMA_DIR = Path.of("src", "test", "resources", "golden", "schema");
  private static final Path EXPECTED =
      Path.of("src", "test", "resources", "golden")
          .resolve(Compilations.SCHEMA_PACKAGE.replace('.', '/'));

  @Test
  void generatedSourcesMatchTheGoldenFilesWholeAndCompileWithoutWarnings() throws IOException {
    Compilation compilation = Compilations.compileSchema(SCHEMA_DIR, "qemu-small.json");
    assertThat(compilation).succeededWithoutWarnings();
    TreeMap<String, String> generated = sources(compilation);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(EXPECTED);
      generated.forEach((name, text) -> write(EXPECTED.resolve(name), text));
    }
    TreeMap<String, String> expected = new TreeMap<>();
    try (Stream<Path> files = Files.list(EXPECTED)) {
      for (Path file : files.toList()) {
        expected.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    assertEquals(List.copyOf(expected.keySet()), List.copyOf(generated.keySet()));
    expected.forEach((name, text) -> assertEquals(text, generated.get(name), name));
  }

  /** Each generated source by file name. */
  static TreeMap<String, String> sources(Compilation compilation) throws IOException {
    TreeMap<String, String> generated = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      String path = file.toUri().getPath();
      generated.put(
          path.substring(path.lastIndexOf('/') + 1), file.getCharContent(true).toString());
    }
    return generated;
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
