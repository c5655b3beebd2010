package dev.qmpgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qmpgen.cli.json.JsonTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecodeCommandTest {

  private static final String GREETING =
      "{\"QMP\": {\"version\": {\"qemu\": {\"micro\": 0, \"minor\": 2, \"major\": 7}, \"package\": \"\"}, \"capabilities\": [\"oob\"]}}";
  private static final String STOP =
      "{\"timestamp\": {\"seconds\": 1700000095, \"microseconds\": 718266}, \"event\": \"STOP\"}";
  private static final String RESUME =
      "{\"timestamp\": {\"seconds\": 1700000240, \"microseconds\": 9385}, \"event\": \"RESUME\"}";

  @TempDir Path dir;

  private Path file(String... lines) throws IOException {
    Path file = dir.resolve("capture.jsonl");
    Files.writeString(file, String.join("\r\n", lines) + "\r\n");
    return file;
  }

  @Test
  void printsOneLinePerEventThenStateAndCounts() throws IOException {
    CliRun run =
        CliRun.run("decode", file(GREETING, "{\"return\": {}}", STOP, RESUME, STOP).toString());

    assertEquals(0, run.status(), run.err());
    assertEquals(
        List.of(
            "2023-11-14 22:14:55.718266  STOP",
            "    -> VM paused",
            "2023-11-14 22:17:20.009385  RESUME",
            "    -> VM running",
            "2023-11-14 22:14:55.718266  STOP",
            "    -> VM paused",
            "",
            "VM state: paused",
            "Events by name:",
            "  RESUME                         1",
            "  STOP                           2",
            "  total                          3"),
        run.outLines());
    assertEquals("", run.err());
  }

  @Test
  void badLinesGoToStderrWithLineNumbersAndExitStatusOne() throws IOException {
    Path file =
        file(
            STOP,
            "not json at all",
            RESUME,
            "{\"timestamp\": {\"seconds\": 1, \"microseconds\": 2}, \"event\": \"WATCHDOG\", \"data\": {}}",
            "[1, 2]");

    CliRun run = CliRun.run("decode", file.toString());

    assertEquals(1, run.status());
    List<String> err = run.errLines();
    assertEquals(3, err.size(), run.err());
    assertTrue(err.get(0).startsWith(file + ":2: malformed JSON: "), err.get(0));
    assertEquals(
        file + ":4: WATCHDOG did not decode: WATCHDOG: data.action: missing required field",
        err.get(1));
    assertTrue(err.get(2).startsWith(file + ":5: not a message: "), err.get(2));
    assertTrue(run.out().contains("Bad lines: 3 (reported on stderr)"), run.out());
    assertTrue(run.out().contains("VM state: running"), run.out());
  }

  @Test
  void readsStandardInputForDashOrNoFile() {
    assertEquals(
        List.of("2023-11-14 22:14:55.718266  STOP"),
        CliRun.withInput(STOP + "\n", "decode", "-").outLines().subList(0, 1));
    assertEquals(0, CliRun.withInput(STOP + "\n", "decode").status());
  }

  @Test
  void aLastLineWithoutItsLineEndIsReportedAsTruncated() {
    CliRun run = CliRun.withInput(STOP + "\n{\"timestamp\": {\"sec", "decode");

    assertEquals(1, run.status());
    assertTrue(run.err().startsWith("<stdin>:2: truncated: "), run.err());
  }

  @Test
  void unknownEventsAreCountedAndMarked() {
    CliRun run =
        CliRun.withInput(
            "{\"timestamp\": {\"seconds\": 1700000500, \"microseconds\": 812345}, \"event\": \"VM_BOOTED\"}\n",
            "decode");

    assertEquals(0, run.status());
    assertTrue(
        run.outLines().contains("  VM_BOOTED                      1  unknown to the bindings"),
        run.out());
  }

  @Test
  void eventsOnlyTheQemu72BindingsKnowAreTypedByDefaultAndUnknownToTheSpecBindings() {
    String line =
        "{\"timestamp\": {\"seconds\": 1700000500, \"microseconds\": 812345}, \"event\": \"JOB_STATUS_CHANGE\","
            + " \"data\": {\"status\": \"running\", \"id\": \"backup\"}}\n";

    CliRun typed = CliRun.withInput(line, "decode");
    assertTrue(
        typed
            .outLines()
            .contains("2023-11-14 22:21:40.812345  JOB_STATUS_CHANGE  id=backup status=running"),
        typed.out());
    assertTrue(typed.outLines().contains("  JOB_STATUS_CHANGE              1"), typed.out());

    CliRun spec = CliRun.withInput(line, "decode", "--bindings", "spec");
    assertTrue(
        spec.outLines().contains("  JOB_STATUS_CHANGE              1  unknown to the bindings"),
        spec.out());
  }

  @Test
  void jsonOutputCarriesLineTypeStateAndTheMessage() {
    CliRun run = CliRun.withInput(STOP + "\n" + RESUME + "\n", "decode", "--json", "-");

    @SuppressWarnings("unchecked")
    Map<String, Object> first = (Map<String, Object>) JsonTree.parse(run.outLines().get(0));
    assertEquals("<stdin>", first.get("source"));
    assertEquals(1L, first.get("line"));
    assertEquals("STOP", first.get("event"));
    assertEquals("Stop", first.get("type"));
    assertEquals("2023-11-14T22:14:55.718266Z", first.get("time"));
    assertEquals("paused", first.get("state"));
    assertEquals(JsonTree.parse(STOP), first.get("message"));
    assertEquals(3, run.outLines().size());
    assertTrue(
        run.outLines().get(2).startsWith("{\"summary\":{\"state\":\"running\""),
        run.outLines().get(2));
  }

  @Test
  void aMissingFileIsAnIoErrorWithStatusTwo() {
    CliRun run = CliRun.run("decode", dir.resolve("nope.jsonl").toString());

    assertEquals(2, run.status());
    assertEquals(
        "qmpgen-cli decode: " + dir.resolve("nope.jsonl") + ": no such file", run.err().strip());
  }

  @Test
  void aDirectoryIsAnIoErrorNamingIt() {
    CliRun run = CliRun.run("decode", dir.toString());

    assertEquals(2, run.status());
    assertEquals("qmpgen-cli decode: " + dir + ": is a directory", run.err().strip());
  }

  @Test
  void moreThanOneFileIsAUsageError() {
    CliRun run = CliRun.run("decode", "a", "b");

    assertEquals(2, run.status());
    assertEquals(
        List.of(
            "qmpgen-cli decode: unexpected argument: b",
            "usage: qmpgen-cli decode [--json] [--bindings NAME] [FILE|-]",
            "Try 'qmpgen-cli decode --help'."),
        run.errLines());
  }
}
