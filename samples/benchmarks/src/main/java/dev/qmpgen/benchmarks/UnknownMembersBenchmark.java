package dev.qmpgen.benchmarks;

import dev.qmpgen.events.Events;
import dev.qmpgen.runtime.EventRegistry;
import dev.qmpgen.runtime.QmpEvent;
import java.nio.charset.StandardCharsets;
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
 * Decoding one line of a known event (RTC_CHANGE) carrying {@code members} members the spec does
 * not list, {@code "m0":0,"m1":0,...}: 300,000 of them make a 3.3 MB line, under the 4 MiB line
 * limit. Time per line; linear decoding keeps the time per member flat.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class UnknownMembersBenchmark {

  @Param({"1000", "10000", "100000", "300000"})
  public int members;

  private byte[] line;
  private EventRegistry registry;

  @Setup
  public void writeLine() {
    StringBuilder text =
        new StringBuilder(
            "{\"timestamp\":{\"seconds\":1,\"microseconds\":2},\"event\":\"RTC_CHANGE\","
                + "\"data\":{\"offset\":1");
    for (int i = 0; i < members; i++) {
      text.append(",\"m").append(i).append("\":0");
    }
    line = text.append("}}").toString().getBytes(StandardCharsets.UTF_8);
    registry = Events.registry();
  }

  @Benchmark
  public QmpEvent decode() {
    return registry.decode(line);
  }
}
