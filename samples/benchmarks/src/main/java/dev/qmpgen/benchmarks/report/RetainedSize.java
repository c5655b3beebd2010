package dev.qmpgen.benchmarks.report;

import dev.qmpgen.benchmarks.corpus.QemuTraffic;
import dev.qmpgen.events.Events;
import dev.qmpgen.runtime.EventRegistry;
import dev.qmpgen.runtime.QmpEvent;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;

/**
 * How many bytes the decoded events of the corpus keep alive, per event: the size of the result
 * objects and their strings, the floor the allocation target is measured against. Constants the
 * events share (enum values, {@code Map.of()}, cached raw {@code true}/{@code false}) do not count,
 * as they are not allocated per event either.
 *
 * <pre>{@code java -cp benchmarks.jar dev.qmpgen.benchmarks.report.RetainedSize}</pre>
 */
public final class RetainedSize {

  private static final int COPIES = 400;

  private RetainedSize() {}

  public static void main(String[] args) {
    EventRegistry registry = Events.registry();
    byte[][] lines = QemuTraffic.lines();
    registry.decode(lines[0]); // load and initialise the classes before measuring
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = usedAfterGc(memory);
    QmpEvent[][] kept = new QmpEvent[COPIES][];
    for (int copy = 0; copy < COPIES; copy++) {
      kept[copy] = new QmpEvent[lines.length];
      for (int i = 0; i < lines.length; i++) {
        kept[copy][i] = registry.decode(lines[i]);
      }
    }
    long after = usedAfterGc(memory);
    double arrays = COPIES * (16.0 + 4.0 * lines.length) + 16.0 + 4.0 * COPIES;
    System.out.printf(
        Locale.ROOT,
        "retained by decoded events: %.0f bytes/event (%d events kept)%n",
        (after - before - arrays) / (COPIES * (double) lines.length),
        kept.length * (long) lines.length);
  }

  private static long usedAfterGc(MemoryMXBean memory) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
