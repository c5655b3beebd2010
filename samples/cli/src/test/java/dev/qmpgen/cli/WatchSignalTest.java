package dev.qmpgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code watch} in a JVM of its own, ended by a real signal: Ctrl-C (SIGINT) and SIGTERM end it
 * with the status its help gives (0, or 1 after a bad line) and the summary, not 130 or 143.
 */
class WatchSignalTest {

  private static final String RUNNING =
      "{\"status\": \"running\", \"singlestep\": false, \"running\": true}";
  private static final String STOP =
      "{\"timestamp\": {\"seconds\": 1700000095, \"microseconds\": 718266}, \"event\": \"STOP\"}";

  @TempDir Path dir;

  @Test
  void ctrlCEndsWatchWithStatusZeroAndTheSummary() throws Exception {
    assertSignalEnds("INT", List.of(STOP), 0);
  }

  @Test
  void sigtermEndsWatchWithStatusZeroAndTheSummary() throws Exception {
    assertSignalEnds("TERM", List.of(STOP), 0);
  }

  @Test
  void aSignalAfterABadLineEndsWatchWithStatusOne() throws Exception {
    assertSignalEnds("TERM", List.of("{\"timestamp\": garbage", STOP), 1);
  }

  private void assertSignalEnds(String signal, List<String> events, int expected) throws Exception {
    try (FakeQemu qemu =
        FakeQemu.unix(dir.resolve("qmp.sock"))
            .returns("query-status", RUNNING)
            .thenSends("query-status", events)
            .start()) {
      Path out = dir.resolve("out.txt");
      Process watch =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  Main.class.getName(),
                  "watch",
                  qemu.address())
              .redirectOutput(out.toFile())
              .start();
      try {
        CompletableFuture<String> err =
            CompletableFuture.supplyAsync(() -> readAll(watch.getErrorStream()));
        awaitContains(out, "STOP");
        new ProcessBuilder("kill", "-" + signal, Long.toString(watch.pid()))
            .inheritIO()
            .start()
            .waitFor();
        assertTrue(watch.waitFor(30, TimeUnit.SECONDS), "watch did not end");
        String printed = Files.readString(out);
        assertEquals(expected, watch.exitValue(), err.get() + printed);
        assertTrue(printed.contains("VM state: paused"), printed);
        assertTrue(err.get().contains("Connection ended: stopped"), err.get());
      } finally {
        watch.destroyForcibly();
      }
    }
  }

  private static void awaitContains(Path file, String text) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!Files.readString(file).contains(text)) {
      assertTrue(System.nanoTime() < deadline, "no " + text + " in " + Files.readString(file));
      Thread.sleep(20);
    }
  }

  private static String readAll(InputStream in) {
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return e.toString();
    }
  }
}
