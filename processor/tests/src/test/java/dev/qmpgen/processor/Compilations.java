package dev.qmpgen.processor;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Runs javac with the processor over a one-line {@code package-info.java}. */
final class Compilations {

  static final String PACKAGE = "com.example.vm";

  /**
   * The package the schema tests generate into, so their golden files sit apart from the spec's.
   */
  static final String SCHEMA_PACKAGE = "com.example.qemu";

  private Compilations() {}

  /** {@code @GenerateQmpEvents(spec = ...)} on {@link #PACKAGE}. */
  static JavaFileObject packageInfo(String spec) {
    return annotatedPackage(PACKAGE, "spec = \"" + spec + "\"");
  }

  /**
   * The diagnostic is on the {@code @GenerateQmpEvents} line of {@code packageInfo}: where the
   * processor reports every finding about the spec it names.
   */
  static void onTheAnnotation(
      CompilationSubject.DiagnosticInFile diagnostic, JavaFileObject packageInfo) {
    diagnostic.inFile(packageInfo).onLineContaining("@GenerateQmpEvents");
  }

  /** {@code @GenerateQmpEvents(attributes)} on {@code packageName}, as written. */
  static JavaFileObject annotatedPackage(String packageName, String attributes) {
    return JavaFileObjects.forSourceLines(
        packageName + ".package-info",
        "@GenerateQmpEvents(" + attributes + ")",
        "package " + packageName + ";",
        "",
        "import dev.qmpgen.runtime.GenerateQmpEvents;");
  }

  /**
   * Compiles with {@code -Xlint:all -Werror} unless {@code lenient}, the spec found in {@code
   * specDir}.
   */
  static Compilation compile(Path specDir, String spec, boolean lenient, String... extraOptions) {
    List<String> options =
        new ArrayList<>(List.of("-Xlint:all", "-Aqmpgen.specDir=" + specDir.toAbsolutePath()));
    if (!lenient) {
      options.add("-Werror");
    }
    options.addAll(List.of(extraOptions));
    return Compiler.javac()
        .withProcessors(processors())
        .withOptions(options)
        .compile(packageInfo(spec));
  }

  /**
   * The processors as javac finds them on a processor path: those the service file names, in its
   * order.
   */
  static List<Processor> processors() {
    List<Processor> processors = new ArrayList<>();
    ServiceLoader.load(Processor.class, QmpEventsProcessor.class.getClassLoader()).stream()
        .filter(
            provider ->
                provider.type().getPackageName().equals(QmpEventsProcessor.class.getPackageName()))
        .forEach(provider -> processors.add(provider.get()));
    return processors;
  }

  /** {@code @GenerateQmpEvents(schema = ...)} on {@link #SCHEMA_PACKAGE}. */
  static JavaFileObject schemaPackageInfo(String schema) {
    return annotatedPackage(SCHEMA_PACKAGE, "schema = \"" + schema + "\"");
  }

  /**
   * Compiles {@link #schemaPackageInfo} with {@code -Xlint:all -Werror}, the capture found in
   * {@code dir}.
   */
  static Compilation compileSchema(Path dir, String schema) {
    return Compiler.javac()
        .withProcessors(processors())
        .withOptions("-Xlint:all", "-Werror", "-Aqmpgen.specDir=" + dir.toAbsolutePath())
        .compile(schemaPackageInfo(schema));
  }

  /** Writes {@code text} as the spec {@code spec} in {@code specDir}, then {@link #compile}s it. */
  static Compilation writeAndCompile(
      Path specDir, String spec, String text, boolean lenient, String... extraOptions) {
    write(specDir, spec, text);
    return compile(specDir, spec, lenient, extraOptions);
  }

  /**
   * No diagnostic is an exception of the processor's or the parser's, which {@link
   * QmpEventsProcessor} would report as an error on the annotation rather than crash javac.
   */
  static void assertNoStackTrace(Compilation compilation) {
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      String message = diagnostic.getMessage(Locale.ROOT);
      assertFalse(
          message.contains("Exception")
              || message.contains("qmpgen failed")
              || message.contains("internal error"),
          message);
    }
  }

  /** The text of the source generated for {@code type}, a class's binary name. */
  static String generatedSource(Compilation compilation, String type) throws IOException {
    return compilation.generatedSourceFile(type).orElseThrow().getCharContent(true).toString();
  }

  static Path write(Path dir, String name, String text) {
    try {
      return Files.writeString(dir.resolve(name), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
