package dev.qmpgen.processor;

import com.google.testing.compile.Compilation;
import dev.qmpgen.runtime.EventRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/** Loads the classes javac wrote in memory, before the test's own class path. */
final class CompiledClasses extends ClassLoader {
  private final Map<String, JavaFileObject> classes = new HashMap<>();

  CompiledClasses(Compilation compilation, ClassLoader parent) {
    super(parent);
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      if (file.getKind() == JavaFileObject.Kind.CLASS && path.contains("/CLASS_OUTPUT/")) {
        String name =
            path.substring(
                path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length(),
                path.length() - ".class".length());
        classes.put(name.replace('/', '.'), file);
      }
    }
  }

  /** {@code Events.registry()} of the bindings generated into {@code packageName}. */
  EventRegistry registry(String packageName) throws ReflectiveOperationException {
    return (EventRegistry) loadClass(packageName + ".Events").getMethod("registry").invoke(null);
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    synchronized (getClassLoadingLock(name)) {
      Class<?> loaded = findLoadedClass(name);
      if (loaded == null && classes.containsKey(name)) {
        loaded = findClass(name);
      }
      return loaded != null ? loaded : super.loadClass(name, resolve);
    }
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    JavaFileObject file = classes.get(name);
    if (file == null) {
      throw new ClassNotFoundException(name);
    }
    try (InputStream in = file.openInputStream()) {
      byte[] bytes = in.readAllBytes();
      return defineClass(name, bytes, 0, bytes.length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
