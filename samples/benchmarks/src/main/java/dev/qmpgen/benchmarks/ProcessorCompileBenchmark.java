package dev.qmpgen.benchmarks;

import dev.qmpgen.benchmarks.compile.ProcessorCompilation;
import dev.qmpgen.benchmarks.synthetic.SyntheticSpec;
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
 * Processor scaling: one full javac run (generate with the qmpgen processor, then compile the
 * generated sources to class files) for a synthetic spec of 10 to 10,000 events, and the processor
 * alone ({@code -proc:only}). Single-shot: each measurement is one whole javac run, as a build runs
 * it.
 *
 * <p>The warmup shot of each fork is javac on a cold JVM, what a fresh {@code mvn compile} pays
 * (JMH prints it, but leaves it out of the score); the measured shots are what a long-lived build
 * daemon pays.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// Few shots: a 1,000-event compile takes minutes on a 2-core machine.
@Warmup(iterations = 1)
@Measurement(iterations = 1)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms1g", "-Xmx8g"})
public class ProcessorCompileBenchmark {

  @Param({"10", "100", "1000", "10000"})
  public int events;

  private final ProcessorCompilation javac = new ProcessorCompilation();
  private Path project;

  @Setup(Level.Trial)
  public void writeProject() {
    // A fixed place per size, cleared first: a run that failed or was killed leaves at most one.
    project =
        Path.of(
            System.getProperty("java.io.tmpdir"), "qmpgen-compile-benchmark", "events-" + events);
    ProcessorCompilation.delete(project);
    ProcessorCompilation.writeProject(project, SyntheticSpec.generate(events));
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
    return succeeded(javac.compile(project));
  }

  /** The processor alone ({@code -proc:only}): how the generator itself scales. */
  @Benchmark
  public ProcessorCompilation.Outcome generate() {
    return succeeded(javac.generate(project));
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
}
