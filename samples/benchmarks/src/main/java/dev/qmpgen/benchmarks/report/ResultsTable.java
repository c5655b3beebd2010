package dev.qmpgen.benchmarks.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a JMH JSON result file ({@code -rf json}) into the Markdown tables of BENCHMARKS.md, with
 * the ratios computed from the same run, so the document is never edited by hand arithmetic.
 *
 * <pre>{@code java -cp benchmarks.jar dev.qmpgen.benchmarks.report.ResultsTable results.json}</pre>
 */
public final class ResultsTable {

  private static final String GENERATED = "generatedDecode";

  /** The numbering, then the method. */
  private static final String[][] CODEC_ROWS = {
    {"1", GENERATED},
    {"2", "databindDecode"},
    {"3", "treeSwitchDecode"},
    {"4", "tokenScan"},
    {"4b", "tokenScanReadingValues"},
    {"1s", "generatedDecodeStream"},
    {"4s", "tokenScanStream"},
    {"5", "generatedEncode"}
  };

  private final List<Result> results;

  ResultsTable(List<Result> results) {
    this.results = List.copyOf(results);
  }

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("usage: ResultsTable <jmh-results.json>...");
      System.exit(2);
    }
    List<Result> all = new ArrayList<>();
    for (String file : args) {
      all.addAll(read(Path.of(file)));
    }
    ResultsTable table = new ResultsTable(all);
    System.out.print(
        table.codec()
            + "\n"
            + table.scaling("SpecParseBenchmark.parse", "µs")
            + "\n"
            + table.scaling("ProcessorCompileBenchmark.generate", "ms")
            + "\n"
            + table.scaling("ProcessorCompileBenchmark.compile", "ms")
            + "\n"
            + table.scaling("UnknownMembersBenchmark.decode", "µs", "members", "member"));
  }

  static List<Result> read(Path file) throws Exception {
    List<Result> results = new ArrayList<>();
    for (JsonNode row : JsonMapper.builder().build().readTree(Files.readString(file))) {
      String benchmark = row.get("benchmark").asString();
      Map<String, String> params = new LinkedHashMap<>();
      if (row.has("params")) {
        row.get("params")
            .properties()
            .forEach(p -> params.put(p.getKey(), p.getValue().asString()));
      }
      JsonNode primary = row.get("primaryMetric");
      results.add(
          new Result(
              benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1),
              params,
              primary.get("score").asDouble(),
              primary.get("scoreError").asDouble(Double.NaN),
              primary.get("scoreUnit").asString(),
              allocPerOp(row.get("secondaryMetrics"))));
    }
    return results;
  }

  private static OptionalDouble allocPerOp(JsonNode secondary) {
    if (secondary == null) {
      return OptionalDouble.empty();
    }
    // JMH has named it both "·gc.alloc.rate.norm" and "gc.alloc.rate.norm".
    for (String name : secondary.propertyNames()) {
      if (name.replace("·", "").equals("gc.alloc.rate.norm")) {
        return OptionalDouble.of(secondary.get(name).get("score").asDouble());
      }
    }
    return OptionalDouble.empty();
  }

  /**
   * Decode and encode: events/s, bytes/event, and the generated decoder's speed against each
   * decoder.
   */
  String codec() {
    StringBuilder out =
        new StringBuilder(
            "| # | benchmark | events/s | ± (99.9%) | bytes/event | generated decode ÷ this |\n"
                + "|---|---|---:|---:|---:|---:|\n");
    Optional<Result> generated = find("CodecBenchmark", GENERATED);
    for (String[] row : CODEC_ROWS) {
      Optional<Result> found = find("CodecBenchmark", row[1]);
      if (found.isEmpty()) {
        continue;
      }
      Result r = found.get();
      boolean decoder = !row[1].endsWith("Encode");
      // The stream variants compare with each other: (1s) ÷ (4s).
      Optional<Result> base =
          row[1].endsWith("Stream") ? find("CodecBenchmark", "generatedDecodeStream") : generated;
      String ratio =
          decoder ? base.map(g -> format("%.2f×", g.score() / r.score())).orElse("") : "";
      out.append(
          format(
              "| %s | %s | %,.0f | %,.0f | %s | %s |%n",
              row[0],
              r.method(),
              r.score(),
              r.error(),
              r.allocPerOp().isPresent() ? format("%.0f", r.allocPerOp().getAsDouble()) : "n/a",
              ratio));
    }
    return out.toString();
  }

  /**
   * Scaling of one benchmark: time per run and per event, and per event relative to the smallest
   * spec.
   */
  String scaling(String benchmark, String unit) {
    return scaling(benchmark, unit, "events", "event");
  }

  /**
   * Scaling of one benchmark over its parameter {@code param}, {@code one} being one unit of it.
   */
  String scaling(String benchmark, String unit, String param, String one) {
    StringBuilder out =
        new StringBuilder(
            format(
                "| %s %s | %s/run | ± (99.9%%) | %s/%s | per %s ÷ smallest |%n|---:|---:|---:|---:|---:|%n",
                benchmark, param, unit, unit, one, one));
    double smallest = Double.NaN;
    for (Result r : results) {
      if (!r.benchmark().equals(benchmark)) {
        continue;
      }
      double perUnit = r.score() / r.size(param);
      if (Double.isNaN(smallest)) {
        smallest = perUnit;
      }
      out.append(
          format(
              "| %,d | %,.2f | %,.2f | %.4f | %.2f |%n",
              r.size(param), r.score(), r.error(), perUnit, perUnit / smallest));
    }
    return out.toString();
  }

  /** The spec's bindings' row (the table's); (3) runs on those alone and has no parameter. */
  private Optional<Result> find(String benchmarkClass, String method) {
    return results.stream()
        .filter(r -> r.benchmark().equals(benchmarkClass + "." + method))
        .filter(r -> r.params().getOrDefault("bindings", "spec").equals("spec"))
        .findFirst();
  }

  private static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
