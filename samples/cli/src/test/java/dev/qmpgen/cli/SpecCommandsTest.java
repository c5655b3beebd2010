package dev.qmpgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qmpgen.cli.json.JsonTree;
import dev.qmpgen.spec.BundledSpec;
import dev.qmpgen.spec.cli.SpecCommand;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecCommandsTest {

  @TempDir Path dir;

  private Path bundled;

  @BeforeEach
  void writeTheBundledSpec() throws IOException {
    bundled = dir.resolve("qmp-events.txt");
    Files.writeString(bundled, BundledSpec.text());
  }

  @Test
  void dumpPrintsTheModelAsJson() {
    CliRun run = CliRun.run("spec", "dump", bundled.toString());

    assertEquals(0, run.status(), run.err());
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> events =
        (List<Map<String, Object>>) ((Map<String, Object>) JsonTree.parse(run.out())).get("events");
    assertEquals(
        List.of(
            "BLOCK_IO_ERROR",
            "RESET",
            "RESUME",
            "RTC_CHANGE",
            "SHUTDOWN",
            "STOP",
            "VNC_CONNECTED",
            "VNC_DISCONNECTED",
            "VNC_INITIALIZED",
            "WATCHDOG"),
        events.stream().map(e -> e.get("name")).toList());
  }

  @Test
  void dumpAndLintPrintWhatTheSpecModulesOwnCommandPrints() throws IOException {
    Path broken = Files.writeString(dir.resolve("broken.txt"), BundledSpec.text() + BROKEN_EVENT);

    for (String command : List.of("dump", "lint")) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int status =
          SpecCommand.run(
              new String[] {command, broken.toString()},
              new PrintStream(out, true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8));

      CliRun run = CliRun.run("spec", command, broken.toString());

      assertEquals(1, status, command);
      assertEquals(
          new CliRun(
              status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)),
          run,
          command);
    }
  }

  /** An event with an error (an unknown type word) after the bundled spec's warnings. */
  private static final String BROKEN_EVENT =
      "\nBROKEN\n------\n\nData:\n\n- \"reason\": why (json-strnig)\n";

  @Test
  void lintOfFieldsNestedThousandsDeepReportsTheFirstLineTooDeep() throws IOException {
    StringBuilder text = new StringBuilder("DEEP\n----\n\nData:\n\n");
    for (int level = 0; level < 3_000; level++) {
      text.append(" ".repeat(level))
          .append("- \"f")
          .append(level)
          .append("\": level (json-object)\n");
    }
    Path deep = Files.writeString(dir.resolve("deep.txt"), text);

    for (String[] command :
        List.of(
            new String[] {"spec", "lint", deep.toString()},
            new String[] {"spec", "lint", "--json", deep.toString()},
            new String[] {"spec", "dump", deep.toString()})) {
      CliRun run = CliRun.run(command);
      assertEquals(1, run.status(), run.err()); // errors found, and no stack trace
      assertTrue(!run.err().contains("Exception") && !run.err().contains("Error:"), run.err());
    }
    assertTrue(
        CliRun.run("spec", "lint", deep.toString())
            .out()
            .contains(deep + ":22:17: error: field \"f16\" nests deeper than 16 levels"));
  }

  @Test
  void lintReportsTheStopExamplesSlipAsAWarningAndPasses() {
    CliRun run = CliRun.run("spec", "lint", bundled.toString());

    assertEquals(0, run.status(), run.err());
    assertTrue(
        run.outLines().stream()
            .anyMatch(
                l ->
                    l.startsWith(bundled + ":")
                        && l.contains(": warning: ")
                        && l.contains("SHUTDOWN")),
        run.out());
  }

  @Test
  void lintJsonGivesEachDiagnosticAsAnObject() {
    CliRun run = CliRun.run("spec", "lint", "--json", bundled.toString());

    assertEquals(0, run.status(), run.err());
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> diagnostics = (List<Map<String, Object>>) JsonTree.parse(run.out());
    assertTrue(
        diagnostics.stream()
            .anyMatch(
                d ->
                    d.get("severity").equals("warning")
                        && d.get("file").equals(bundled.toString())
                        && d.get("line") instanceof Long),
        run.out());
  }

  @Test
  void lintOfASpecWithErrorsExitsWithOne() throws IOException {
    Path broken = dir.resolve("broken.txt");
    Files.writeString(
        broken, "STOP\n----\n\nEmitted.\n\nData:\n\n- \"reason\": why (json-strnig)\n");

    CliRun run = CliRun.run("spec", "lint", broken.toString());

    assertEquals(1, run.status(), run.out() + run.err());
    assertTrue(run.out().contains(broken + ":8:"), run.out());
    assertTrue(run.out().contains(": error: "), run.out());
  }

  @Test
  void anUnreadableFileExitsWithTwo() {
    assertEquals(2, CliRun.run("spec", "dump", dir.resolve("missing.txt").toString()).status());
    assertEquals(
        2, CliRun.run("spec", "lint", "--json", dir.resolve("missing.txt").toString()).status());
  }

  @Test
  void aMissingFileOperandIsAUsageError() {
    CliRun run = CliRun.run("spec", "lint");

    assertEquals(2, run.status());
    assertTrue(run.err().startsWith("qmpgen-cli spec lint: missing FILE\n"), run.err());
  }
}
