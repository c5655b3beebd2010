package dev.qmpgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qmpgen.cli.json.JsonTree;
import dev.qmpgen.cli.visitors.VmStateTracker;
import dev.qmpgen.runtime.stream.QmpStreamReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every command does alike: file errors, endpoints, timeouts, the --json schema, progress. */
class CommandLineConsistencyTest {

  private static final String STOP =
      "{\"timestamp\": {\"seconds\": 1700000095, \"microseconds\": 718266}, \"event\": \"STOP\"}";
  private static final List<String> EVENT_MEMBERS =
      List.of("source", "line", "event", "type", "time", "state", "cause", "message");

  @TempDir Path dir;

  @Test
  void everyCommandWordsAnUnreadableFileTheSameWay() {
    String missing = dir.resolve("missing.txt").toString();
    List<List<String>> commands =
        List.of(
            List.of("decode", missing),
            List.of("decode", "--json", missing),
            List.of("spec", "dump", missing),
            List.of("spec", "lint", missing),
            List.of("spec", "lint", "--json", missing),
            List.of("check", "--spec", missing, "qmp.sock"));
    for (List<String> words : commands) {
      CliRun run = CliRun.run(words.toArray(String[]::new));
      String command = words.get(0).equals("spec") ? "spec " + words.get(1) : words.get(0);
      assertEquals(2, run.status(), words::toString);
      assertEquals(
          "qmpgen-cli " + command + ": " + missing + ": no such file\n",
          run.err(),
          words::toString);
    }
    CliRun directory = CliRun.run("spec", "lint", dir.toString());
    assertEquals("qmpgen-cli spec lint: " + dir + ": is a directory\n", directory.err());
  }

  @Test
  void hostAndANonNumericPortIsAUsageErrorNotASocketPath() {
    CliRun run = CliRun.run("watch", "localhost:qmp");

    assertEquals(2, run.status());
    assertEquals(
        List.of(
            "qmpgen-cli watch: not a port number in localhost:qmp (HOST:PORT; a socket file whose"
                + " name has a colon is written ./localhost:qmp or unix:localhost:qmp)",
            "usage: qmpgen-cli watch [--json] [--bindings NAME] SOCKET|HOST:PORT",
            "Try 'qmpgen-cli watch --help'."),
        run.errLines());
    assertEquals(2, CliRun.run("check", "localhost:").status());
    CliRun path = CliRun.run("watch", "--timeout", "0.2", dir.resolve("qmp:1").toString());
    assertTrue(
        path.err()
            .startsWith("qmpgen-cli watch: cannot connect to QEMU at " + dir.resolve("qmp:1")),
        path.err());
  }

  @Test
  void aTimeoutOutOfRangeSaysTheRealRange() {
    for (String value : new String[] {"0", "-1", "86400.5", "NaN", "soon"}) {
      CliRun run = CliRun.run("watch", "--timeout", value, "qmp.sock");
      assertEquals(2, run.status(), value);
      assertEquals(
          "qmpgen-cli watch: --timeout needs a number of seconds more than 0 and at most 86400"
              + " (fractions allowed, to the millisecond), not "
              + value,
          run.errLines().get(0));
    }
    assertTrue(CliRun.run("watch", "--help").out().contains("more than 0 and at\n"));
  }

  @Test
  void decodeAndDemoJsonEventsHaveTheSameMembersAndTheSummaryAlwaysHasStateAndCause() {
    List<String> lines =
        new ArrayList<>(CliRun.withInput(STOP + "\n", "decode", "--json").outLines());
    lines.addAll(CliRun.run("demo", "--json").outLines());
    int events = 0;
    for (String line : lines) {
      @SuppressWarnings("unchecked")
      Map<String, Object> object = (Map<String, Object>) JsonTree.parse(line);
      if (object.containsKey("summary")) {
        @SuppressWarnings("unchecked")
        Map<String, Object> summary = (Map<String, Object>) object.get("summary");
        assertEquals(
            List.of(
                "state",
                "cause",
                "events",
                "eventsOfOtherNames",
                "unknownToBindings",
                "total",
                "badLines",
                "otherMessages"),
            List.copyOf(summary.keySet()),
            line);
        assertFalse(((String) summary.get("state")).contains("("), line);
      } else {
        assertEquals(EVENT_MEMBERS, List.copyOf(object.keySet()), line);
        assertFalse(
            ((String) object.get("state")).contains("("), line); // the cause is its own member
        events++;
      }
    }
    assertTrue(events > 10, lines::toString);
    @SuppressWarnings("unchecked")
    Map<String, Object> stop = (Map<String, Object>) JsonTree.parse(lines.get(0));
    assertEquals("paused", stop.get("state"));
    assertEquals(JsonTree.NULL, stop.get("cause"));
  }

  @Test
  void progressIsErasedBeforeAnyLineSoTheTerminalNeverShowsBothOnOneLine() throws IOException {
    ByteArrayOutputStream terminal =
        new ByteArrayOutputStream(); // stdout and stderr on one terminal
    PrintStream shared = new PrintStream(terminal, true, StandardCharsets.UTF_8);
    CommandIo io =
        new CommandIo(
            new ByteArrayInputStream(new byte[0]), shared, shared, true, CommandIo.Interrupts.NONE);
    AtomicLong clock = new AtomicLong();
    Progress progress =
        new Progress(shared, true, () -> clock.addAndGet(300_000_000L)); // 0.3 s per look
    EventReport report = new EventReport(Bindings.QEMU_7_2, new VmStateTracker(), false, true, io);
    String input = (STOP + "\n").repeat(8) + "{broken\n" + (STOP + "\n").repeat(4);

    StreamFeed.feed(
        QmpStreamReader.of(
            new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
            Bindings.QEMU_7_2.registry()),
        "big.jsonl",
        report,
        progress);

    String shown = terminal.toString(StandardCharsets.UTF_8);
    assertTrue(shown.contains("decoded "), "progress was drawn: " + shown);
    for (String line : shown.split("\n")) {
      String visible = render(line);
      assertFalse(
          visible.contains("decoded")
              && (visible.contains("STOP") || visible.contains("big.jsonl")),
          () -> "progress and output on one line: " + visible);
    }
  }

  /**
   * What a terminal shows for one line: each carriage return goes back to column 0 and overwrites.
   */
  private static String render(String line) {
    StringBuilder screen = new StringBuilder();
    int column = 0;
    for (char c : line.toCharArray()) {
      if (c == '\r') {
        column = 0;
      } else {
        if (column < screen.length()) {
          screen.setCharAt(column, c);
        } else {
          screen.append(c);
        }
        column++;
      }
    }
    return screen.toString().strip();
  }

  @Test
  void onlyTerminalDevicesCountAsTerminals() {
    assertTrue(Terminal.isTerminalDevice(Path.of("/dev/pts/3")));
    assertTrue(Terminal.isTerminalDevice(Path.of("/dev/tty1")));
    assertFalse(Terminal.isTerminalDevice(Path.of("/tmp/decode.log")));
    assertFalse(Terminal.isTerminalDevice(Path.of("pipe:[123456]")));
  }
}
