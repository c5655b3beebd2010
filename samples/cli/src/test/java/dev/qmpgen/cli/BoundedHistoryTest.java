package dev.qmpgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qmpgen.cli.visitors.Transition;
import dev.qmpgen.cli.visitors.VmStateTracker;
import dev.qmpgen.qemu.Resume;
import dev.qmpgen.qemu.Stop;
import dev.qmpgen.runtime.Timestamp;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What the CLI keeps while it decodes or watches is bounded, whatever the stream holds: the tracker
 * keeps the latest transitions, the counts the first names; a million events decode in a JVM of 32
 * MiB of heap.
 */
class BoundedHistoryTest {

  private static final int EVENTS = 1_000_000;

  @Test
  void theTrackerKeepsTheLatestTransitions() {
    VmStateTracker tracker = new VmStateTracker();
    for (int i = 1; i <= 10_000; i++) {
      Timestamp at = new Timestamp(i, 0);
      tracker.visit(i % 2 == 0 ? new Stop(at) : new Resume(at));
    }
    List<Transition> kept = tracker.transitions();
    assertEquals(VmStateTracker.KEPT_TRANSITIONS, kept.size());
    assertEquals(10_000, kept.get(kept.size() - 1).timestamp().seconds());
    assertEquals(10_000 - VmStateTracker.KEPT_TRANSITIONS + 1, kept.get(0).timestamp().seconds());
  }

  @Test
  void countsKeepTheFirstNamesAndCountTheRestTogether() {
    StringBuilder stream = new StringBuilder();
    int names = EventCounts.KEPT_NAMES + 500;
    for (int i = 0; i < names; i++) {
      stream.append(event(String.format("NEW_%05d", i))).append('\n');
    }
    CliRun run = CliRun.withInput(stream.toString(), "decode");
    assertEquals(0, run.status(), run.err());
    assertTrue(
        run.outLines().contains("  NEW_00999                      1  unknown to the bindings"),
        run.out());
    assertTrue(
        run.outLines().stream().noneMatch(line -> line.startsWith("  NEW_01000")), run.out());
    assertTrue(
        run.outLines()
            .contains(
                "  (other names)                500  of names past the first 1000, not counted by name"),
        run.out());
    assertTrue(run.outLines().contains("  total                       1500"), run.out());
  }

  @Test
  void aMillionEventsOfChangingStatesAndNewNamesDecodeIn32MibOfHeap() throws Exception {
    Process decode =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx32m",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "decode",
                "--json",
                "-")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    CompletableFuture<String> err =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return new String(decode.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
              } catch (IOException e) {
                return e.toString();
              }
            });
    try (OutputStream in = decode.getOutputStream()) {
      byte[] stop = (event("STOP") + "\n").getBytes(StandardCharsets.UTF_8);
      byte[] resume = (event("RESUME") + "\n").getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < EVENTS / 4; i++) {
        in.write(stop);
        in.write(resume);
        in.write(
            (event("NEW_" + i) + "\n" + event("NEW_" + i + "_B") + "\n")
                .getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException brokenPipe) {
      // decode ended early; its status and stderr say why
    }
    assertTrue(decode.waitFor(5, TimeUnit.MINUTES), "decode did not end");
    assertEquals(0, decode.exitValue(), err.get());
  }

  private static String event(String name) {
    return "{\"timestamp\": {\"seconds\": 1700000095, \"microseconds\": 718266}, \"event\": \""
        + name
        + "\"}";
  }
}
