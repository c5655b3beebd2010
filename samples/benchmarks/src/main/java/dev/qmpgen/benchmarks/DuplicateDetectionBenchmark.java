package dev.qmpgen.benchmarks;

import dev.qmpgen.benchmarks.corpus.QemuTraffic;
import dev.qmpgen.events.Events;
import dev.qmpgen.runtime.EventRegistry;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonRecyclerPools;

/**
 * What refusing repeated member names costs the stream reader: the generated registry decoding
 * each line of the QEMU 7.2 traffic mix through a parser per line, as {@code QmpStreamReader}
 * does, with jackson-core's strict duplicate detection and without it, side by side in one run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class DuplicateDetectionBenchmark {

  private byte[][] lines;
  private EventRegistry registry;
  private JsonFactory lenient;
  private JsonFactory strict;

  @Setup
  public void loadCorpus() {
    lines = QemuTraffic.lines();
    registry = Events.registry();
    lenient = JsonFactory.builder().recyclerPool(JsonRecyclerPools.threadLocalPool()).build();
    strict = JsonFactory.builder().recyclerPool(JsonRecyclerPools.threadLocalPool())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  }

  /** The baseline: the last of repeated members wins, silently. */
  @Benchmark
  @OperationsPerInvocation(QemuTraffic.SIZE)
  public void withoutDuplicateDetection(Blackhole sink) {
    decodeAll(lenient, sink);
  }

  /** What the stream reader does: a repeated member name fails the line. */
  @Benchmark
  @OperationsPerInvocation(QemuTraffic.SIZE)
  public void withDuplicateDetection(Blackhole sink) {
    decodeAll(strict, sink);
  }

  private void decodeAll(JsonFactory factory, Blackhole sink) {
    for (byte[] line : lines) {
      try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), line)) {
        sink.consume(registry.decode(parser));
      }
    }
  }
}
