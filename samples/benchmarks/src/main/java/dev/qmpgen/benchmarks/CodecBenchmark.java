package dev.qmpgen.benchmarks;

import dev.qmpgen.benchmarks.baseline.TokenScan;
import dev.qmpgen.benchmarks.baseline.TreeSwitchDecoder;
import dev.qmpgen.benchmarks.corpus.QemuTraffic;
import dev.qmpgen.benchmarks.databind.DatabindDecoder;
import dev.qmpgen.events.Events;
import dev.qmpgen.runtime.EventRegistry;
import dev.qmpgen.runtime.QmpEvent;
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

/**
 * Decode and encode of the QEMU 7.2 traffic mix, each way side by side in one run. Every benchmark
 * handles the whole {@link QemuTraffic} corpus per invocation and declares it as that many
 * operations, so the score is events per second and {@code gc.alloc.rate.norm} is bytes per event.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class CodecBenchmark {

  private byte[][] lines;
  private byte[] stream;
  private QmpEvent[] events;
  private EventRegistry registry;
  private DatabindDecoder databind;
  private TreeSwitchDecoder treeSwitch;
  private TokenScan tokenScan;

  @Setup
  public void loadCorpus() {
    lines = QemuTraffic.lines();
    stream = QemuTraffic.stream();
    registry = Events.registry();
    databind = new DatabindDecoder();
    treeSwitch = new TreeSwitchDecoder();
    tokenScan = new TokenScan();
    events = new QmpEvent[lines.length];
    for (int i = 0; i < lines.length; i++) {
      events[i] = registry.decode(lines[i]);
    }
  }

  /** (1) The generated registry: each line to its typed event. */
  @Benchmark
  @OperationsPerInvocation(QemuTraffic.SIZE)
  public void generatedDecode(Blackhole sink) {
    for (byte[] line : lines) {
      sink.consume(registry.decode(line));
    }
  }

  /**
   * (1s) The generated registry reading the corpus as one stream through one parser, as a socket
   * reader would: (1) without the cost of a parser per line.
   */
  @Benchmark
  @OperationsPerInvocation(QemuTraffic.SIZE)
  public void generatedDecodeStream(Blackhole sink) {
    try (JsonParser parser = tokenScan.parser(stream)) {
      while (parser.nextToken() != null) {
        sink.consume(registry.decode(parser));
      }
    }
  }

  /**
   * (2) Jackson 3 databind binding each line into the same generated records through an envelope.
   */
  @Benchmark
  @OperationsPerInvocation(QemuTraffic.SIZE)
  public void databindDecode(Blackhole sink) {
    for (byte[] line : lines) {
      sink.consume(databind.decode(line));
    }
  }

  /** (3) readTree and a switch on the event name, building the same records by hand. */
  @Benchmark
  @OperationsPerInvocation(QemuTraffic.SIZE)
  public void treeSwitchDecode(Blackhole sink) {
    for (byte[] line : lines) {
      sink.consume(treeSwitch.decode(line));
    }
  }

  /** (4) The practical limit: every token of every line, nothing built. */
  @Benchmark
  @OperationsPerInvocation(QemuTraffic.SIZE)
  public void tokenScan(Blackhole sink) {
    for (byte[] line : lines) {
      sink.consume(tokenScan.scan(line));
    }
  }

  /** (4s) The stream scan: (4) without a parser per line; the limit for (1s). */
  @Benchmark
  @OperationsPerInvocation(QemuTraffic.SIZE)
  public void tokenScanStream(Blackhole sink) {
    try (JsonParser parser = tokenScan.parser(stream)) {
      sink.consume(TokenScan.scan(parser));
    }
  }

  /** (4b) The scan plus each string value materialised and each number parsed: the value floor. */
  @Benchmark
  @OperationsPerInvocation(QemuTraffic.SIZE)
  public void tokenScanReadingValues(Blackhole sink) {
    for (byte[] line : lines) {
      sink.consume(tokenScan.scanReadingValues(line));
    }
  }

  /** (5) The decoded events back to UTF-8 bytes through the generated registry. */
  @Benchmark
  @OperationsPerInvocation(QemuTraffic.SIZE)
  public void generatedEncode(Blackhole sink) {
    for (QmpEvent event : events) {
      sink.consume(registry.encodeToBytes(event));
    }
  }
}
