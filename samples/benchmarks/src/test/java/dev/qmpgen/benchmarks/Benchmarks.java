package dev.qmpgen.benchmarks;

import java.util.Set;
import java.util.TreeSet;

/**
 * Every benchmark of the module, as {@code Class.method}: a new one must be added here to count.
 */
final class Benchmarks {

  static final Set<String> ALL =
      new TreeSet<>(
          Set.of(
              "CodecBenchmark.generatedDecode",
              "CodecBenchmark.databindDecode",
              "CodecBenchmark.treeSwitchDecode",
              "CodecBenchmark.tokenScan",
              "CodecBenchmark.generatedDecodeStream",
              "CodecBenchmark.tokenScanStream",
              "CodecBenchmark.tokenScanReadingValues",
              "CodecBenchmark.generatedEncode",
              "DuplicateDetectionBenchmark.withDuplicateDetection",
              "DuplicateDetectionBenchmark.withoutDuplicateDetection",
              "SpecParseBenchmark.parse",
              "ProcessorCompileBenchmark.compile",
              "ProcessorCompileBenchmark.compileBundled",
              "ProcessorCompileBenchmark.generate",
              "UnknownMembersBenchmark.decode"));

  private Benchmarks() {}
}
