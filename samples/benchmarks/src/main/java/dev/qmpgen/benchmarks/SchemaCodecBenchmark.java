package dev.qmpgen.benchmarks;

import dev.qmpgen.benchmarks.baseline.TokenScan;
import dev.qmpgen.benchmarks.corpus.RecordedQemuTraffic;
import dev.qmpgen.benchmarks.databind.SchemaDatabindDecoder;
import dev.qmpgen.qemu.Events;
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

/**
 * Decode of real QEMU 7.2 traffic ({@link RecordedQemuTraffic}: job, block-job, migration and
 * union-typed events) with the bundled modern bindings, against Jackson databind into the same
 * records and the token scan, side by side in one run. Each benchmark handles the whole corpus per
 * invocation and declares it as that many operations: the score is events per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class SchemaCodecBenchmark {

  private byte[][] lines;
  private EventRegistry registry;
  private SchemaDatabindDecoder databind;
  private TokenScan tokenScan;

  @Setup
  public void loadCorpus() {
    lines = RecordedQemuTraffic.lines();
    registry = Events.registry();
    databind = new SchemaDatabindDecoder();
    tokenScan = new TokenScan();
  }

  /** The generated registry of {@code dev.qmpgen.qemu}: each line to its typed event. */
  @Benchmark
  @OperationsPerInvocation(RecordedQemuTraffic.SIZE)
  public void generatedDecode(Blackhole sink) {
    for (byte[] line : lines) {
      sink.consume(registry.decode(line));
    }
  }

  /** Jackson 3 databind binding each line into the same records through an envelope. */
  @Benchmark
  @OperationsPerInvocation(RecordedQemuTraffic.SIZE)
  public void databindDecode(Blackhole sink) {
    for (byte[] line : lines) {
      sink.consume(databind.decode(line));
    }
  }

  /** The practical limit: every token of every line, nothing built. */
  @Benchmark
  @OperationsPerInvocation(RecordedQemuTraffic.SIZE)
  public void tokenScan(Blackhole sink) {
    for (byte[] line : lines) {
      sink.consume(tokenScan.scan(line));
    }
  }

  /** The scan plus each string value materialised and each number parsed: the value floor. */
  @Benchmark
  @OperationsPerInvocation(RecordedQemuTraffic.SIZE)
  public void tokenScanReadingValues(Blackhole sink) {
    for (byte[] line : lines) {
      sink.consume(tokenScan.scanReadingValues(line));
    }
  }
}
