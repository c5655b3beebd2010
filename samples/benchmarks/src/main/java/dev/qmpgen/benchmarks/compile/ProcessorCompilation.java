package dev.qmpgen.benchmarks.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * One full javac run of a user project made of a spec text and the {@code package-info.java} that
 * asks for its bindings: the qmpgen processor generates the sources and javac compiles them to
 * class files, in this JVM, the way Maven's compiler plugin runs javac.
 *
 * <p>A project lives in its own directory: {@code src/} holds the inputs, {@code generated/} and
 * {@code classes/} the outputs, so runs never see each other's files.
 */
public final class ProcessorCompilation {

  /** The package the synthetic bindings are generated into. */
  public static final String PACKAGE = "bench.synthetic";

  /** The spec's file name, beside {@code package-info.java}. */
  public static final String SPEC_FILE = "synthetic-events.txt";

  private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
  private final String classPath = classPathOfRuntime();

  /** What one run produced. */
  public record Outcome(List<String> errors, long sourceFiles, long classFiles) {

    public boolean succeeded() {
      return errors.isEmpty();
    }
  }

  /**
   * Lays out a project for {@code specText} under {@code projectDir}, which must be empty or
   * absent.
   */
  public static void writeProject(Path projectDir, String specText) {
    writeProject(projectDir, "spec", SPEC_FILE, specText);
  }

  /**
   * Lays out a project whose {@code package-info.java} names {@code fileName} by the annotation's
   * {@code attribute} ({@code spec} for a spec text, {@code schema} for a schema capture).
   */
  public static void writeProject(Path projectDir, String attribute, String fileName, String text) {
    Path packageDir = projectDir.resolve("src").resolve(PACKAGE.replace('.', '/'));
    try {
      Files.createDirectories(packageDir);
      Files.writeString(packageDir.resolve(fileName), text, StandardCharsets.UTF_8);
      Files.writeString(
          packageDir.resolve("package-info.java"),
          "@dev.qmpgen.runtime.GenerateQmpEvents("
              + attribute
              + " = \""
              + fileName
              + "\")\npackage "
              + PACKAGE
              + ";\n",
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Removes the outputs of an earlier run. Separate from {@link #compile} so that a benchmark can
   * leave deleting thousands of files out of the time it measures.
   */
  public static void clean(Path projectDir) {
    recreate(projectDir.resolve("generated"));
    recreate(projectDir.resolve("classes"));
  }

  /** Runs javac with the processor over a {@link #clean} project: generates, then compiles all. */
  public Outcome compile(Path projectDir) {
    return run(projectDir, List.of());
  }

  /**
   * Runs the processor alone ({@code -proc:only}): the generator's own cost, without javac
   * compiling what it wrote.
   */
  public Outcome generate(Path projectDir) {
    return run(projectDir, List.of("-proc:only"));
  }

  private Outcome run(Path projectDir, List<String> extraOptions) {
    Path src = projectDir.resolve("src");
    Path generated = projectDir.resolve("generated");
    Path classes = projectDir.resolve("classes");
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      Iterable<? extends JavaFileObject> units =
          files.getJavaFileObjects(
              src.resolve(PACKAGE.replace('.', '/')).resolve("package-info.java"));
      List<String> options = new ArrayList<>(extraOptions);
      options.addAll(
          List.of(
              "--release", "17",
              "-classpath", classPath,
              "-sourcepath", src.toString(),
              "-s", generated.toString(),
              "-d", classes.toString()));
      JavaCompiler.CompilationTask task =
          javac.getTask(null, files, diagnostics, options, null, units);
      task.setProcessors(List.of(qmpgenProcessor()));
      task.call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Outcome(errors(diagnostics), count(generated, ".java"), count(classes, ".class"));
  }

  private static Processor qmpgenProcessor() {
    // Found as javac would find it on a processor path: through its service registration.
    for (Processor processor :
        ServiceLoader.load(Processor.class, ProcessorCompilation.class.getClassLoader())) {
      if (processor.getClass().getName().startsWith("dev.qmpgen.processor.")) {
        return processor;
      }
    }
    throw new IllegalStateException(
        "no dev.qmpgen.processor annotation processor is registered on the class path");
  }

  private static List<String> errors(DiagnosticCollector<JavaFileObject> diagnostics) {
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
      if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
        errors.add(diagnostic.toString());
      }
    }
    return errors;
  }

  /** What the generated code compiles against: the runtime, jackson-core, jackson-annotations. */
  private static String classPathOfRuntime() {
    List<String> entries = new ArrayList<>();
    for (Class<?> type :
        List.of(
            dev.qmpgen.runtime.QmpEvent.class,
            tools.jackson.core.JsonParser.class,
            com.fasterxml.jackson.annotation.JsonProperty.class)) {
      String entry = locationOf(type);
      if (!entries.contains(entry)) {
        entries.add(entry);
      }
    }
    return String.join(java.io.File.pathSeparator, entries);
  }

  private static String locationOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Deletes a project directory and everything in it. */
  public static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path recreate(Path dir) {
    delete(dir);
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long count(Path dir, String suffix) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(suffix)).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
