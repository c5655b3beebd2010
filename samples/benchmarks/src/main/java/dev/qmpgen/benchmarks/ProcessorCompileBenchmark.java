package dev.qmpgen.benchmarks;

import dev.qmpgen.benchmarks.compile.ProcessorCompilation;
import dev.qmpgen.benchmarks.synthetic.SyntheticSpec;
import dev.qmpgen.spec.BundledSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * What the processor and javac cost a build: one full javac run (generate with the qmpgen
 * processor, then compile the generated sources to class files), and the processor alone ({@code
 * -proc:only}), for a synthetic spec of 10 to 10,000 events (scaling), and for the real inputs the
 * jars bundle (the 10-event spec text against the full QEMU 7.2 schema capture). Single-shot: each
 * measurement is one whole javac run, as a build runs it.
 *
 * <p>The warmup shot of each fork is javac on a cold JVM, what a fresh {@code mvn compile} pays
 * (JMH prints it, but leaves it out of the score); the measured shots are what a long-lived build
 * daemon pays.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// Few shots: a 1,000-event compile takes minutes on a 2-core machine.
@Warmup(iterations = 1)
@Measurement(iterations = 1)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms1g", "-Xmx8g"})
public class ProcessorCompileBenchmark {

  /**
   * A user project of one spec in a fixed place per input, cleared first: a run that failed or was
   * killed leaves at most one. Outputs are removed before each shot, outside the time measured.
   */
  public abstract static class Project {

    final ProcessorCompilation javac = new ProcessorCompilation();
    Path dir;

    /** The start of the directory's name, one per input. */
    abstract String name();

    /** Writes the spec and its {@code package-info.java} into the empty {@code dir}. */
    abstract void write(Path dir);

    @Setup(Level.Trial)
    public void writeProject() {
      // A fresh directory per trial: two builds benchmarking at once must not share one.
      try {
        dir = Files.createTempDirectory("qmpgen-compile-benchmark-" + name() + "-");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      write(dir);
    }

    @Setup(Level.Invocation)
    public void removeOutputs() {
      ProcessorCompilation.clean(dir);
    }

    @TearDown(Level.Trial)
    public void removeProject() {
      ProcessorCompilation.delete(dir);
    }
  }

  /** A synthetic spec of {@code events} events: how cost grows with the spec. */
  @State(Scope.Benchmark)
  public static class Synthetic extends Project {

    @Param({"10", "100", "1000", "10000"})
    public int events;

    @Override
    String name() {
      return "events-" + events;
    }

    @Override
    void write(Path dir) {
      ProcessorCompilation.writeProject(dir, SyntheticSpec.generate(events));
    }
  }

  /** What the bundled inputs cost a build. */
  @State(Scope.Benchmark)
  public static class Bundled extends Project {

    /** {@code spec}: the bundled qmp-events.txt; {@code schema}: the bundled QEMU 7.2 capture. */
    @Param({"spec", "schema"})
    public String input;

    @Override
    String name() {
      return input;
    }

    @Override
    void write(Path dir) {
      switch (input) {
        case "spec" ->
            ProcessorCompilation.writeProject(
                dir, "spec", BundledSpec.FILE_NAME, BundledSpec.text());
        case "schema" ->
            ProcessorCompilation.writeProject(dir, "schema", "qemu-7.2.json", qemuCapture());
        default -> throw new IllegalArgumentException("input is spec or schema: " + input);
      }
    }
  }

  /** Generate and compile: what a build pays. */
  @Benchmark
  public ProcessorCompilation.Outcome compile(Synthetic project) {
    return succeeded(project.javac.compile(project.dir));
  }

  /** The processor alone ({@code -proc:only}): how the generator itself scales. */
  @Benchmark
  public ProcessorCompilation.Outcome generate(Synthetic project) {
    return succeeded(project.javac.generate(project.dir));
  }

  /**
   * Generate and compile the bundled inputs: the QEMU 7.2 capture's build cost against the spec's.
   * More shots than the scaling runs, as each takes seconds, not minutes.
   */
  @Benchmark
  @Warmup(iterations = 3)
  @Measurement(iterations = 5)
  @Fork(
      value = 1,
      jvmArgsAppend = {"-Xms1g", "-Xmx4g"})
  public ProcessorCompilation.Outcome compileBundled(Bundled project) {
    return succeeded(project.javac.compile(project.dir));
  }

  private static ProcessorCompilation.Outcome succeeded(ProcessorCompilation.Outcome outcome) {
    if (!outcome.succeeded()) {
      // A failed compilation is much faster than a real one; never report it as a figure.
      // Errors on generated code can run to megabytes (a call with 1,000 arguments); the first
      // 2,000 characters of the first one say what went wrong.
      String first = outcome.errors().get(0);
      throw new IllegalStateException(
          "javac failed with "
              + outcome.errors().size()
              + " errors; the first: "
              + first.substring(0, Math.min(first.length(), 2_000)));
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
