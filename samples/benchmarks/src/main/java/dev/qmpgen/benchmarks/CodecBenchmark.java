package dev.qmpgen.benchmarks;

import dev.qmpgen.benchmarks.baseline.TokenScan;
import dev.qmpgen.benchmarks.corpus.QemuTraffic;
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
 * Decode and encode of the QEMU 7.2 traffic mix, each way side by side in one run. Every benchmark
 * handles the whole {@link QemuTraffic} corpus per invocation and declares it as that many
 * operations, so the score is events per second and {@code gc.alloc.rate.norm} is bytes per event.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class CodecBenchmark {

  private byte[][] lines;
  private TokenScan tokenScan;

  @Setup
  public void loadCorpus() {
    lines = QemuTraffic.lines();
    tokenScan = new TokenScan();
  }

  /** (4) The practical limit: every token of every line, nothing built. */
  @Benchmark
  @OperationsPerInvocation(QemuTraffic.SIZE)
  public void tokenScan(Blackhole sink) {
    for (byte[] line : lines) {
      sink.consume(tokenScan.scan(line));
    }
  }
}
