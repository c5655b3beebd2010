package dev.qmpgen.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qmpgen.runtime.EventRegistry;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark once, briefly and in this JVM, so a change that breaks one fails the build.
 * Proves they run, not how fast: CI machines time nothing reliably.
 */
class BenchmarksSmokeTest {

  @Test
  void everyBenchmarkRunsAndScores() throws RunnerException, URISyntaxException {
    Options options =
        new OptionsBuilder()
            .include("dev\\.qmpgen\\.benchmarks\\..*Benchmark\\.")
            .forks(0) // in this JVM: a forked JVM per benchmark would cost seconds each
            .warmupIterations(0)
            .measurementIterations(1)
            .measurementTime(TimeValue.milliseconds(100))
            .param("events", "10")
            // Any runtime will do to prove DuplicateDetectionBenchmark runs: this build's own.
            .param(
                "baselineJar",
                Path.of(
                        EventRegistry.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toString())
            .shouldFailOnError(true)
            .build();

    Collection<RunResult> results = new Runner(options).run();

    Set<String> ran = new TreeSet<>();
    for (RunResult result : results) {
      String benchmark = result.getParams().getBenchmark();
      String name =
          benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
      ran.add(name);
      // Each value of a benchmark's parameters is a run of its own (both bindings, both inputs).
      double score = result.getPrimaryResult().getScore();
      assertTrue(score > 0, result.getParams().id() + " scored " + score);
    }
    assertEquals(Benchmarks.ALL, ran, "benchmarks that ran");
  }
}
