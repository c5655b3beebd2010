package dev.qmpgen.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The JMH settings of the benchmarks that decode a traffic corpus and report events per second
 * ({@link CodecBenchmark}, {@link DuplicateDetectionBenchmark}): one place, so that the per-event
 * figures BENCHMARKS.md sets side by side are measured alike. JMH reads these annotations through
 * the class hierarchy; the command line overrides them.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public abstract class EventsPerSecond {}
