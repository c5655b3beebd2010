package dev.qmpgen.benchmarks;

import dev.qmpgen.benchmarks.baseline.TokenScan;
import dev.qmpgen.benchmarks.baseline.TreeSwitchDecoder;
import dev.qmpgen.benchmarks.corpus.CorpusWindows;
import dev.qmpgen.benchmarks.corpus.QemuTraffic;
import dev.qmpgen.benchmarks.corpus.RecordedQemuTraffic;
import dev.qmpgen.benchmarks.databind.DatabindDecoder;
import dev.qmpgen.benchmarks.databind.SpecEventStamps;
import dev.qmpgen.runtime.EventRegistry;
import dev.qmpgen.runtime.QmpEvent;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.core.JsonParser;

/**
 * Decode and encode of QEMU traffic, each way side by side in one run, for two sets of bindings
 * ({@code bindings}): {@code spec}, the 10-event spec's ({@code dev.qmpgen.events}) on the {@link
 * QemuTraffic} mix shaped like QEMU 7.2's output, and {@code schema}, the QEMU 7.2 schema's ({@code
 * dev.qmpgen.qemu}) on the traffic QEMU 7.2 wrote ({@link RecordedQemuTraffic}). Every benchmark
 * handles {@link CorpusWindows#EVENTS} lines per invocation and declares them as that many
 * operations, so the score is events per second and {@code gc.alloc.rate.norm} is bytes per event.
 */
public class CodecBenchmark extends EventsPerSecond {

  /** The traffic for one set of bindings, and each way of decoding it. */
  @State(Scope.Benchmark)
  public static class Traffic {

    /** {@code spec}: the 10-event spec's bindings; {@code schema}: the QEMU 7.2 schema's. */
    @Param({"spec", "schema"})
    public String bindings;

    CorpusWindows windows;
    QmpEvent[][] events;
    EventRegistry registry;
    Function<byte[], Object> databind;
    final TokenScan tokenScan = new TokenScan();

    @Setup
    public void loadCorpus() {
      switch (bindings) {
        case "spec" -> {
          DatabindDecoder decoder = new DatabindDecoder(dev.qmpgen.events.Events.catalog());
          load(QemuTraffic.lines(), dev.qmpgen.events.Events.registry());
          // The spec's records get the envelope's timestamp back, so (2) gives what (1) gives.
          databind = line -> SpecEventStamps.stamped(decoder.decode(line));
        }
        case "schema" -> {
          load(RecordedQemuTraffic.lines(), dev.qmpgen.qemu.Events.registry());
          databind = new DatabindDecoder(dev.qmpgen.qemu.Events.catalog())::decode;
        }
        default -> throw new IllegalArgumentException("bindings is spec or schema: " + bindings);
      }
    }

    private void load(byte[][] corpus, EventRegistry registry) {
      this.registry = registry;
      windows = new CorpusWindows(corpus);
      // One event per line of the corpus, shared by the windows as their lines are.
      Map<byte[], QmpEvent> decoded = new IdentityHashMap<>();
      for (byte[] line : corpus) {
        decoded.put(line, registry.decode(line));
      }
      events = new QmpEvent[windows.count()][];
      for (int window = 0; window < events.length; window++) {
        events[window] =
            Arrays.stream(windows.lines(window)).map(decoded::get).toArray(QmpEvent[]::new);
      }
    }

    byte[][] nextLines() {
      return windows.lines(windows.next());
    }

    QmpEvent[] nextEvents() {
      return events[windows.next()];
    }

    /** A parser over the next window's lines as one stream, as a socket reader reads them. */
    JsonParser nextStream() {
      int window = windows.next();
      return tokenScan.parser(
          windows.stream(), windows.streamOffset(window), windows.streamLength(window));
    }
  }

  /**
   * The 10-event spec's traffic alone, for (3): a hand-written decoder knows only the events it was
   * written for.
   */
  @State(Scope.Benchmark)
  public static class SpecTraffic {

    final byte[][] lines = QemuTraffic.lines();
    final TreeSwitchDecoder treeSwitch = new TreeSwitchDecoder();
  }

  /** (1) The generated registry: each line to its typed event. */
  @Benchmark
  @OperationsPerInvocation(CorpusWindows.EVENTS)
  public void generatedDecode(Traffic traffic, Blackhole sink) {
    for (byte[] line : traffic.nextLines()) {
      sink.consume(traffic.registry.decode(line));
    }
  }

  /**
   * (1s) The generated registry reading the lines as one stream through one parser, as a socket
   * reader would: (1) without the cost of a parser per line.
   */
  @Benchmark
  @OperationsPerInvocation(CorpusWindows.EVENTS)
  public void generatedDecodeStream(Traffic traffic, Blackhole sink) {
    try (JsonParser parser = traffic.nextStream()) {
      while (parser.nextToken() != null) {
        sink.consume(traffic.registry.decode(parser));
      }
    }
  }

  /**
   * (2) Jackson 3 databind binding each line into the same generated records through an envelope.
   */
  @Benchmark
  @OperationsPerInvocation(CorpusWindows.EVENTS)
  public void databindDecode(Traffic traffic, Blackhole sink) {
    for (byte[] line : traffic.nextLines()) {
      sink.consume(traffic.databind.apply(line));
    }
  }

  /** (3) readTree and a switch on the event name, building the same records by hand. */
  @Benchmark
  @OperationsPerInvocation(QemuTraffic.SIZE)
  public void treeSwitchDecode(SpecTraffic traffic, Blackhole sink) {
    for (byte[] line : traffic.lines) {
      sink.consume(traffic.treeSwitch.decode(line));
    }
  }

  /** (4) The practical limit: every token of every line, nothing built. */
  @Benchmark
  @OperationsPerInvocation(CorpusWindows.EVENTS)
  public void tokenScan(Traffic traffic, Blackhole sink) {
    for (byte[] line : traffic.nextLines()) {
      sink.consume(traffic.tokenScan.scan(line));
    }
  }

  /** (4s) The stream scan: (4) without a parser per line; the limit for (1s). */
  @Benchmark
  @OperationsPerInvocation(CorpusWindows.EVENTS)
  public void tokenScanStream(Traffic traffic, Blackhole sink) {
    try (JsonParser parser = traffic.nextStream()) {
      sink.consume(TokenScan.scan(parser));
    }
  }

  /** (4b) The scan plus each string value materialised and each number parsed: the value floor. */
  @Benchmark
  @OperationsPerInvocation(CorpusWindows.EVENTS)
  public void tokenScanReadingValues(Traffic traffic, Blackhole sink) {
    for (byte[] line : traffic.nextLines()) {
      sink.consume(traffic.tokenScan.scanReadingValues(line));
    }
  }

  /** (5) The decoded events back to UTF-8 bytes through the generated registry. */
  @Benchmark
  @OperationsPerInvocation(CorpusWindows.EVENTS)
  public void generatedEncode(Traffic traffic, Blackhole sink) {
    for (QmpEvent event : traffic.nextEvents()) {
      sink.consume(traffic.registry.encodeToBytes(event));
    }
  }
}
