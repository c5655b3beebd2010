package dev.qmpgen.benchmarks;

import dev.qmpgen.benchmarks.compile.ProcessorCompilation;
import dev.qmpgen.spec.BundledSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the processor and javac add to a build for real inputs: the bundled 10-event spec text
 * ({@code qmp-events.txt}) against the full QEMU 7.2 schema capture (all 52 events, with its
 * unions, alternates and shared types), each one whole javac run (generate, then compile to class
 * files) as {@link ProcessorCompileBenchmark} runs it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx4g"})
public class SchemaCompileBenchmark {

  /** {@code spec}: the bundled qmp-events.txt; {@code schema}: the bundled QEMU 7.2 capture. */
  @Param({"spec", "schema"})
  public String input;

  private final ProcessorCompilation javac = new ProcessorCompilation();
  private Path project;

  @Setup(Level.Trial)
  public void writeProject() {
    project =
        Path.of(System.getProperty("java.io.tmpdir"), "qmpgen-schema-compile-benchmark", input);
    ProcessorCompilation.delete(project);
    if (input.equals("spec")) {
      ProcessorCompilation.writeProject(project, "spec", BundledSpec.FILE_NAME, BundledSpec.text());
    } else {
      ProcessorCompilation.writeProject(project, "schema", "qemu-7.2.json", qemuCapture());
    }
  }

  @Setup(Level.Invocation)
  public void removeOutputs() {
    ProcessorCompilation.clean(project);
  }

  @TearDown(Level.Trial)
  public void removeProject() {
    ProcessorCompilation.delete(project);
  }

  /** Generate and compile: what a build pays. */
  @Benchmark
  public ProcessorCompilation.Outcome compile() {
    ProcessorCompilation.Outcome outcome = javac.compile(project);
    if (!outcome.succeeded()) {
      // A failed compilation is much faster than a real one; never report it as a figure.
      throw new IllegalStateException("javac failed: " + outcome.errors().get(0));
    }
    return outcome;
  }

  /** The capture the runtime jar carries beside the bindings generated from it. */
  private static String qemuCapture() {
    try (InputStream in = dev.qmpgen.qemu.Events.class.getResourceAsStream("qemu-7.2.json")) {
      if (in == null) {
        throw new IllegalStateException(
            "dev/qmpgen/qemu/qemu-7.2.json is missing from the runtime jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
