package dev.qmpgen.spec;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Parse cost grows linearly with the text, for ordinary specs and for texts built to trip
 * backtracking or quadratic scans. Cost is measured as bytes allocated and CPU time of this thread
 * (not wall time), each the least of several runs after warm-up; a text 16 times larger may cost at
 * most 48 times (allocation) or 96 times (CPU) as much, where a quadratic parse would cost 256
 * times. The bounds are loose so that a loaded machine cannot make them flake.
 */
class LinearityTest {

  private static final int SMALL = 4;
  private static final int LARGE = SMALL * 16;
  private static final double MAX_ALLOCATION_RATIO = 48;
  private static final double MAX_CPU_RATIO = 96;

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private record Cost(long bytes, long cpuNanos) {}

  @Test
  void copiesOfTheSeedParseInLinearTime() {
    String seed = SpecTexts.resource(SpecTexts.ORIGINAL);
    assertLinear(
        "seed copies",
        copies -> {
          StringBuilder text = new StringBuilder();
          for (int i = 0; i < copies; i++) {
            // distinct names, so that the copies are events and not duplicate errors
            text.append(seed.replaceAll("(?m)^([A-Z_]+)$", "$1_" + i)).append('\n');
          }
          return text.toString();
        });
  }

  @Test
  void pathologicalLinesParseInLinearTime() {
    assertLinear(
        "open parentheses", n -> "E\n-\nData:\n- \"a\": x " + "(json-int, ".repeat(n * 500) + "\n");
    assertLinear(
        "quoted values",
        n -> "E\n-\nData:\n- \"a\": x (json-string):\n" + "\"v\", ".repeat(n * 1000) + "\n");
    assertLinear(
        "prose values", n -> "E\n-\nData:\n- \"a\": can be " + "\"v\" or ".repeat(n * 1000) + "\n");
    assertLinear("unbalanced braces", n -> "E\n-\nExample:\n" + "{ \"a\": [ {\n".repeat(n * 200));
    assertLinear(
        "flat members",
        n ->
            "E\n-\nData:\n- \"o\": O (json-object)\n"
                + "- \"m\": M (json-object)\n- \"x\": X (json-int)\n".repeat(n * 200));
    assertLinear("headings", n -> "E\n-\n".repeat(n * 500));
    assertLinear(
        "continuation lines",
        n -> "E\n-\nData:\n- \"a\": x (json-string):\n\"v\": d\n" + "more words\n".repeat(n * 500));
    assertLinear(
        "trailing colons", n -> "E\n-\nData:\n- \"a\": x (json-int)" + ":".repeat(n * 5000) + "\n");
    assertLinear(
        "trailing colons and spaces",
        n -> "E\n-\nData:\n- \"a\": x" + ": ".repeat(n * 5000) + "\n");
  }

  private static void assertLinear(String what, IntFunction<String> text) {
    String small = text.apply(SMALL);
    String large = text.apply(LARGE);
    measure(small);
    measure(large); // warm-up
    Cost smallCost = measure(small);
    Cost largeCost = measure(large);
    double allocation = (double) largeCost.bytes() / Math.max(1, smallCost.bytes());
    double cpu = (double) largeCost.cpuNanos() / Math.max(1, smallCost.cpuNanos());
    assertTrue(
        allocation < MAX_ALLOCATION_RATIO, what + ": allocation grew " + allocation + " times");
    assertTrue(cpu < MAX_CPU_RATIO, what + ": CPU time grew " + cpu + " times");
  }

  /** The least cost of three parses. */
  private static Cost measure(String text) {
    long thread = Thread.currentThread().getId();
    long bytes = Long.MAX_VALUE;
    long cpu = Long.MAX_VALUE;
    for (int run = 0; run < 3; run++) {
      long bytesBefore = THREADS.getThreadAllocatedBytes(thread);
      long cpuBefore = THREADS.getCurrentThreadCpuTime();
      SpecParser.parse("l.txt", text);
      cpu = Math.min(cpu, THREADS.getCurrentThreadCpuTime() - cpuBefore);
      bytes = Math.min(bytes, THREADS.getThreadAllocatedBytes(thread) - bytesBefore);
    }
    return new Cost(bytes, cpu);
  }
}
