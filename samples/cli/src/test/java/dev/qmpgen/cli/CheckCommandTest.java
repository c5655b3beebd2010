package dev.qmpgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qmpgen.cli.json.JsonText;
import dev.qmpgen.cli.json.JsonTree;
import dev.qmpgen.spec.BundledSpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

  @TempDir Path dir;

  private static String schema() throws IOException {
    try (InputStream in =
        CheckCommandTest.class.getResourceAsStream(
            "/dev/qmpgen/cli/query-qmp-schema-7.2-events.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private FakeQemu qemu() throws IOException {
    return FakeQemu.unix(dir.resolve("qmp.sock")).returns("query-qmp-schema", schema()).start();
  }

  /** {@code qmpgen-cli check ARGS}, given 20 seconds: a check that hangs fails, not the build. */
  private static CliRun check(String... args) {
    String[] words = Stream.concat(Stream.of("check"), Stream.of(args)).toArray(String[]::new);
    return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> CliRun.run(words));
  }

  @Test
  void reportsPerEventWhetherTheBindingsKnowItAndHowTheFieldsDiffer() throws Exception {
    try (FakeQemu qemu = qemu()) {
      CliRun run = check("--bindings", "spec", qemu.address());

      assertEquals(1, run.status(), run.err());
      List<String> out = run.outLines();
      assertEquals(
          "QEMU 7.2.0 at " + qemu.address() + " can send 12 events; qmp-events.txt defines 10.",
          out.get(0));
      assertTrue(out.contains("  POWERDOWN                    unknown to the bindings"), run.out());
      assertTrue(out.contains("  STOP                         matches"), run.out());
      assertTrue(out.contains("  WATCHDOG                     differs"), run.out());
      assertTrue(
          out.contains(
              "      data.action: QEMU can send values the spec does not list: inject-nmi (the bindings keep them as raw strings)"),
          run.out());
      assertTrue(
          out.contains(
              "      data.server.websocket: QEMU sends it (boolean); the spec does not list it, so the bindings keep it as an unknown field"),
          run.out());
      assertEquals(
          "Summary: 2 matches, 8 differs, 2 unknown to the bindings, 0 not sent by this QEMU",
          out.get(out.size() - 1));
      assertEquals(List.of("qmp_capabilities", "query-qmp-schema"), qemu.commands());
    }
  }

  @Test
  void jsonGivesEveryVerdictAndDifference() throws Exception {
    try (FakeQemu qemu = qemu()) {
      CliRun run = check("--json", "--bindings", "spec", qemu.address());

      @SuppressWarnings("unchecked")
      Map<String, Object> report = (Map<String, Object>) JsonTree.parse(run.out());
      assertEquals("7.2.0", report.get("qemu"));
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> events = (List<Map<String, Object>>) report.get("events");
      Map<String, Object> shutdown =
          events.stream().filter(e -> e.get("name").equals("SHUTDOWN")).findFirst().orElseThrow();
      assertEquals("differs", shutdown.get("status"));
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> differences =
          (List<Map<String, Object>>) shutdown.get("differences");
      assertEquals(
          List.of("data.guest", "data.reason"),
          differences.stream().map(d -> d.get("path")).toList());
      assertEquals("not-in-spec", differences.get(0).get("kind"));
    }
  }

  @Test
  void byDefaultEveryEventOfTheQemuTheCaptureCameFromMatches() throws Exception {
    try (FakeQemu qemu =
        FakeQemu.unix(dir.resolve("qmp.sock"))
            .returns("query-qmp-schema", bundledSchema())
            .start()) {
      CliRun run = check(qemu.address());

      assertEquals(0, run.status(), run.out() + run.err());
      List<String> out = run.outLines();
      assertEquals(
          "QEMU 7.2.0 at " + qemu.address() + " can send 52 events; qemu-7.2.json defines 52.",
          out.get(0));
      assertTrue(out.contains("  JOB_STATUS_CHANGE            matches"), run.out());
      assertEquals(
          "Summary: 52 matches, 0 differs, 0 unknown to the bindings, 0 not sent by this QEMU",
          out.get(out.size() - 1));
    }
  }

  @Test
  void theInstalledQemuMatchesEveryEventOfTheDefaultBindings() throws Exception {
    try (InstalledQemu qemu = InstalledQemu.start(dir, "check")) {
      CliRun run =
          assertTimeoutPreemptively(
              Duration.ofSeconds(30), () -> CliRun.run("check", qemu.socket()));

      List<String> out = run.outLines();
      assertEquals(
          "Summary: 52 matches, 0 differs, 0 unknown to the bindings, 0 not sent by this QEMU",
          out.get(out.size() - 1),
          run.out());
      assertEquals(0, run.status(), run.err());
    }
  }

  @Test
  void specAndBindingsTogetherIsAUsageError() {
    CliRun run = CliRun.run("check", "--spec", "my-events.txt", "--bindings", "spec", "qmp.sock");

    assertEquals(2, run.status());
    assertTrue(
        run.err()
            .startsWith(
                "qmpgen-cli check: --spec and --bindings both name what to compare: give one\n"),
        run.err());
  }

  /** The schema of the capture the default bindings were generated from, as QEMU returns it. */
  private static String bundledSchema() throws IOException {
    try (InputStream in = dev.qmpgen.qemu.Events.class.getResourceAsStream("qemu-7.2.json")) {
      return JsonText.members(new String(in.readAllBytes(), StandardCharsets.UTF_8)).get("schema");
    }
  }

  @Test
  void aUsersSpecWithTheEventsQemuAddsKnowsThem() throws Exception {
    Path spec = dir.resolve("my-events.txt");
    Files.writeString(
        spec,
        BundledSpec.text()
            + "\nBALLOON_CHANGE\n--------------\n\nEmitted when the guest changes the balloon.\n\n"
            + "Data:\n\n- \"actual\": actual level of the guest memory balloon in bytes (json-number)\n\n"
            + "POWERDOWN\n---------\n\nEmitted when the guest is asked to power down.\n\nData: None.\n");
    try (FakeQemu qemu = qemu()) {
      CliRun run = check("--spec", spec.toString(), qemu.address());

      assertTrue(run.outLines().contains("  BALLOON_CHANGE               matches"), run.out());
      assertTrue(run.outLines().contains("  POWERDOWN                    matches"), run.out());
      assertEquals(
          "QEMU 7.2.0 at " + qemu.address() + " can send 12 events; " + spec + " defines 12.",
          run.outLines().get(0));
    }
  }

  @Test
  void aQemuWithoutQueryQmpSchemaIsStatusTwo() throws Exception {
    try (FakeQemu qemu = FakeQemu.unix(dir.resolve("qmp.sock")).start()) {
      CliRun run = check(qemu.address());

      assertEquals(2, run.status());
      assertTrue(run.err().startsWith("qmpgen-cli check: query-qmp-schema failed: "), run.err());
      assertTrue(
          run.err().contains("CommandNotFound") || run.err().contains("has not been found"),
          run.err());
    }
  }

  @Test
  void anUnreadableSpecIsStatusTwo() {
    CliRun run = CliRun.run("check", "--spec", dir.resolve("none.txt").toString(), "qmp.sock");

    assertEquals(2, run.status());
    assertEquals(
        "qmpgen-cli check: " + dir.resolve("none.txt") + ": no such file", run.err().strip());
  }
}
