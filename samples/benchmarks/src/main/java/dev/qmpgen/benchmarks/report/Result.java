package dev.qmpgen.benchmarks.report;

import java.util.Map;
import java.util.OptionalDouble;

/**
 * One row of a JMH JSON result file.
 *
 * @param benchmark {@code Class.method}, without the package
 * @param params the {@code @Param} values, empty when the benchmark has none
 * @param score the primary score; {@code error} its 99.9% half-width (NaN for a single sample)
 * @param allocPerOp {@code gc.alloc.rate.norm} in bytes per operation, when {@code -prof gc} ran
 */
public record Result(
    String benchmark,
    Map<String, String> params,
    double score,
    double error,
    String unit,
    OptionalDouble allocPerOp) {

  public String method() {
    return benchmark.substring(benchmark.indexOf('.') + 1);
  }

  public int events() {
    return size("events");
  }

  /** The value of the numeric parameter {@code name}: what a scaling benchmark grows. */
  public int size(String name) {
    return Integer.parseInt(params.get(name));
  }
}
