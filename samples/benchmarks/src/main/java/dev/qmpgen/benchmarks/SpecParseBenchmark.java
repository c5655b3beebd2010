package dev.qmpgen.benchmarks;

import dev.qmpgen.benchmarks.synthetic.SyntheticSpec;
import dev.qmpgen.spec.ParseResult;
import dev.qmpgen.spec.SpecParser;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parser scaling: time to parse a synthetic spec of 10 to 10,000 events. The score is per parse;
 * divide by {@code events} for the per-event figure the target is about (BENCHMARKS.md does).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class SpecParseBenchmark {

  @Param({"10", "100", "1000", "10000"})
  public int events;

  private String text;

  @Setup
  public void writeSpec() {
    text = SyntheticSpec.generate(events);
  }

  @Benchmark
  public ParseResult parse() {
    return SpecParser.parse("synthetic.txt", text);
  }
}
