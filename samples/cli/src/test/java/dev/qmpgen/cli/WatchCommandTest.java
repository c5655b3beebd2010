package dev.qmpgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qmpgen.runtime.client.EventOverflow;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchCommandTest {

  private static final String RUNNING =
      "{\"status\": \"running\", \"singlestep\": false, \"running\": true}";
  private static final List<String> IO_ERROR_PAUSE =
      List.of(
          "{\"timestamp\": {\"seconds\": 1700000095, \"microseconds\": 718004}, \"event\": \"BLOCK_IO_ERROR\", \"data\": "
              + "{\"device\": \"virtio0\", \"node-name\": \"#block152\", \"operation\": \"write\", \"action\": \"stop\", "
              + "\"nospace\": true, \"reason\": \"No space left on device\"}}",
          "{\"timestamp\": {\"seconds\": 1700000095, \"microseconds\": 718266}, \"event\": \"STOP\"}");

  @TempDir Path dir;

  @Test
  void printsEventsUntilQemuHangsUpThenTheStateAndCounts() throws Exception {
    try (FakeQemu qemu =
        hangsUpAfter(FakeQemu.unix(dir.resolve("qmp.sock")), RUNNING, IO_ERROR_PAUSE)) {

      CliRun run = watch(qemu);

      assertEquals(0, run.status(), run.err());
      assertEquals(List.of("qmp_capabilities", "query-status"), qemu.commands());
      assertEquals(
          List.of(
              "Connected to QEMU 7.2.0 at "
                  + qemu.address()
                  + "; VM running. Watching events; Ctrl-C to stop.",
              "Connection ended: QEMU closed the connection"),
          run.errLines());
      assertEquals("2023-11-14 22:14:55.718266  STOP", run.outLines().get(1));
      assertEquals(
          "    -> VM paused (I/O error: write on virtio0, No space left on device)",
          run.outLines().get(2));
      assertTrue(
          run.outLines()
              .contains("VM state: paused (I/O error: write on virtio0, No space left on device)"),
          run.out());
      assertTrue(run.outLines().contains("  BLOCK_IO_ERROR                 1"), run.out());
    }
  }

  @Test
  void connectsOverTcpAndPrintsJsonLines() throws Exception {
    try (FakeQemu qemu = hangsUpAfter(FakeQemu.tcp(), RUNNING, IO_ERROR_PAUSE)) {

      CliRun run = watch(qemu, "--json");

      assertEquals(0, run.status(), run.err());
      assertEquals(3, run.outLines().size(), run.out());
      assertTrue(
          run.outLines()
              .get(1)
              .startsWith(
                  "{\"source\":\""
                      + qemu.address()
                      + "\",\"line\":null,"
                      + "\"event\":\"STOP\",\"type\":\"Stop\""),
          run.outLines().get(1));
      assertTrue(
          run.outLines()
              .get(1)
              .contains(
                  "\"state\":\"paused\",\"cause\":\"I/O error: write on virtio0,"
                      + " No space left on device\",\"message\":"),
          run.outLines().get(1));
      assertTrue(
          run.outLines().get(2).startsWith("{\"summary\":{\"state\":\"paused\""),
          run.outLines().get(2));
    }
  }

  @Test
  void aBadLineFromQemuIsReportedAndTheEventsAfterItStillCome() throws Exception {
    try (FakeQemu qemu =
        hangsUpAfter(
            FakeQemu.unix(dir.resolve("qmp.sock")),
            RUNNING,
            List.of("{\"timestamp\": garbage", IO_ERROR_PAUSE.get(1)))) {

      CliRun run = watch(qemu);

      assertEquals(1, run.status(), run.err());
      assertTrue(
          run.errLines().get(1).startsWith(qemu.address() + ":4: malformed JSON: "), run.err());
      assertEquals("2023-11-14 22:14:55.718266  STOP", run.outLines().get(0));
    }
  }

  @Test
  void ctrlCEndsTheWatchCleanlyWithTheSummary() throws Exception {
    try (FakeQemu qemu =
        FakeQemu.unix(dir.resolve("qmp.sock"))
            .returns("query-status", RUNNING)
            .thenSends("query-status", IO_ERROR_PAUSE.subList(1, 2))
            .start()) {
      AtomicReference<Runnable> ctrlC = new AtomicReference<>();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      CompletableFuture<CliRun> watching =
          CompletableFuture.supplyAsync(
              () ->
                  CliRun.with(
                      action -> {
                        ctrlC.set(action);
                        return () -> ctrlC.set(null);
                      },
                      out,
                      "",
                      "watch",
                      qemu.address()));

      assertTimeoutPreemptively(
          Duration.ofSeconds(20),
          () -> {
            while (!out.toString(StandardCharsets.UTF_8).contains("STOP")) {
              Thread.sleep(10);
            }
            ctrlC.get().run(); // what the shutdown hook does on Ctrl-C
            CliRun run = watching.get();

            assertEquals(0, run.status(), run.err());
            assertEquals("Connection ended: stopped", run.errLines().get(1));
            assertTrue(run.outLines().contains("VM state: paused"), run.out());
          });
    }
  }

  @Test
  void startsFromTheStateQueryStatusReports() throws Exception {
    try (FakeQemu qemu =
        hangsUpAfter(
            FakeQemu.unix(dir.resolve("qmp.sock")),
            "{\"status\": \"prelaunch\", \"singlestep\": false, \"running\": false}",
            List.of())) {

      CliRun run = watch(qemu);

      assertEquals(0, run.status(), run.err());
      assertTrue(
          run.errLines()
              .get(0)
              .endsWith("; VM paused (prelaunch). Watching events; Ctrl-C to stop."),
          run.err());
      assertTrue(run.outLines().contains("VM state: paused (prelaunch)"), run.out());
    }
  }

  @Test
  void noQemuListeningIsStatusTwoWithAReason() {
    CliRun run = CliRun.run("watch", "--timeout", "2", dir.resolve("absent.sock").toString());

    assertEquals(2, run.status());
    assertTrue(
        run.err()
            .startsWith(
                "qmpgen-cli watch: cannot connect to QEMU at " + dir.resolve("absent.sock") + ": "),
        run.err());
  }

  @Test
  void droppedNotificationsAreWordedForPeopleNotAsARecord() {
    assertEquals(
        "lines 7 to 9 not printed, printing fell behind: 3 events and 0 other notices dropped",
        WatchCommand.describe(new EventOverflow(3, 0, 7, 9)));
  }

  @Test
  void aBadTimeoutOrEndpointIsAUsageError() {
    assertEquals(2, CliRun.run("watch", "--timeout", "soon", "qmp.sock").status());
    assertTrue(
        CliRun.run("watch", "localhost:99999")
            .err()
            .startsWith("qmpgen-cli watch: port out of range in localhost:99999"));
    assertTrue(CliRun.run("watch").err().startsWith("qmpgen-cli watch: missing SOCKET|HOST:PORT"));
  }

  /**
   * Starts {@code qemu} answering query-status with {@code status}, then sending {@code events} and
   * hanging up.
   */
  private static FakeQemu hangsUpAfter(FakeQemu qemu, String status, List<String> events) {
    return qemu.returns("query-status", status)
        .thenSends("query-status", events)
        .thenHangsUp()
        .start();
  }

  /** Runs watch with {@code options} against {@code qemu}, given far more time than it needs. */
  private static CliRun watch(FakeQemu qemu, String... options) {
    List<String> args = new ArrayList<>(List.of("watch"));
    args.addAll(List.of(options));
    args.add(qemu.address());
    return assertTimeoutPreemptively(
        Duration.ofSeconds(20), () -> CliRun.run(args.toArray(String[]::new)));
  }
}
