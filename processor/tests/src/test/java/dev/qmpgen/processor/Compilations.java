package dev.qmpgen.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;

/** Runs javac with the processor over a one-line {@code package-info.java}. */
final class Compilations {

  static final String PACKAGE = "com.example.vm";

  /**
   * The package the schema tests generate into, so their golden files sit apart from the spec's.
   */
  static final String SCHEMA_PACKAGE = "com.example.qemu";

  private Compilations() {}

  static JavaFileObject packageInfo(String spec) {
    return JavaFileObjects.forSourceLines(
        PACKAGE + ".package-info",
        "@GenerateQmpEvents(spec = \"" + spec + "\")",
        "package " + PACKAGE + ";",
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
    return JavaFileObjects.forSourceLines(
        SCHEMA_PACKAGE + ".package-info",
        "@GenerateQmpEvents(schema = \"" + schema + "\")",
        "package " + SCHEMA_PACKAGE + ";",
        "",
        "import dev.qmpgen.runtime.GenerateQmpEvents;");
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

  static Path write(Path dir, String name, String text) {
    try {
      return Files.writeString(dir.resolve(name), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
