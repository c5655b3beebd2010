package dev.qmpgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qmpgen.cli.json.JsonTree;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoCommandTest {

  @Test
  void runsWithNoArgumentsAndEndsWithTheStateAndCounts() {
    CliRun run = CliRun.run();

    assertEquals(0, run.status(), run.err());
    List<String> out = run.outLines();
    assertEquals(
        "Examples of the bundled qmp-events.txt, decoded into dev.qmpgen.events types:",
        out.get(0));
    assertTrue(
        out.contains(
            "2010-02-01 17:10:30.450486  BLOCK_IO_ERROR  device=ide0-hd1 operation=write action=stop"),
        run.out());
    assertTrue(out.contains("VM state: shutting down (host-qmp-quit)"), run.out());
    assertTrue(out.contains("  POWERDOWN                      1"), run.out());
    assertTrue(out.contains("  JOB_STATUS_CHANGE              7"), run.out());
    assertTrue(out.contains("  total                         26"), run.out());
    assertTrue(out.contains("Bad lines: 1 (reported on stderr)"), run.out());
  }

  @Test
  void decodesEveryExampleOfTheBundledSpecAndPointsOutTheStopSlip() {
    CliRun run = CliRun.run("demo");

    int captureStart =
        run.outLines()
            .indexOf(
                "A capture of QEMU 7.2 traffic (qemu-7.2-capture.jsonl), decoded into "
                    + "dev.qmpgen.qemu types, through the VM state tracker:");
    List<String> examples = run.outLines().subList(1, captureStart - 1);
    assertEquals(11, examples.size(), String.join("\n", examples)); // ten examples and one note
    assertTrue(
        examples.stream()
            .noneMatch(l -> l.contains("unknown to the bindings") || l.contains("failed")));
    assertTrue(
        examples.contains(
            "    ^ the example in the STOP section names SHUTDOWN: the spec text's own slip, which `spec lint` reports"));
  }

  @Test
  void typesEveryEventOfTheCaptureWithTheQemu72BindingsByDefault() {
    String out = CliRun.run().out();

    assertContainsEach(
        out,
        "WATCHDOG  action=inject-nmi\n",
        "BLOCK_IO_ERROR  device=virtio0 node-name=#block152 operation=write action=stop nospace=true"
            + " reason=No space left on device",
        "RTC_CHANGE  offset=3600 qom-path=/machine/unattached/device[8]",
        "JOB_STATUS_CHANGE  id=mirror status=ready",
        "NETDEV_STREAM_CONNECTED  netdev-id=stream addr={\"type\":\"unix\",\"path\":\"/run/vm/net.sock\"}",
        "DEVICE_TRAY_MOVED  device=\"\" id=cdrom tray-open=true",
        "VNC_CONNECTED  client=127.0.0.1:40522 server=127.0.0.1:5900 auth=none",
        "    -> VM paused (I/O error: write on virtio0, No space left on device)");
    assertFalse(out.contains("unknown to the bindings"), out);
    assertFalse(out.contains("not in the bindings"), out);
  }

  @Test
  void theSpecBindingsShowQemu72sExtraFieldsUnlistedValuesAndUnknownEvents() {
    CliRun run = CliRun.run("demo", "--bindings", "spec");

    assertEquals(0, run.status(), run.err());
    assertContainsEach(
        run.out(),
        "A capture of QEMU 7.2 traffic (qemu-7.2-capture.jsonl), decoded into dev.qmpgen.events types,",
        "  JOB_STATUS_CHANGE              7  unknown to the bindings",
        "WATCHDOG  action=inject-nmi (not in the spec)",
        "BLOCK_IO_ERROR  device=virtio0 operation=write action=stop  [not in spec: node-name=\"#block152\" nospace=true reason=\"No space left on device\"]",
        "RTC_CHANGE  offset=3600s  [not in spec: qom-path=\"/machine/unattached/device[8]\"]",
        "VNC_CONNECTED  client=127.0.0.1:40522 server=127.0.0.1:5900 auth=none");
  }

  @Test
  void anUnknownBindingsNameIsAUsageError() {
    CliRun run = CliRun.run("demo", "--bindings", "qemu-9.0");

    assertEquals(2, run.status());
    assertTrue(
        run.err()
            .startsWith("qmpgen-cli demo: unknown bindings: qemu-9.0 (known: qemu-7.2, spec)\n"),
        run.err());
  }

  @Test
  void reportsTheCapturesBadLineOnStderrWithItsLineNumber() {
    List<String> err = CliRun.run().errLines();

    assertEquals(1, err.size(), String.join("\n", err));
    assertTrue(err.get(0).startsWith("qemu-7.2-capture.jsonl:21: malformed JSON: "), err.get(0));
  }

  @Test
  void jsonOutputIsOneObjectPerLineEndingWithTheSummary() {
    CliRun run = CliRun.run("--json");

    assertEquals(0, run.status());
    List<Object> objects = run.outLines().stream().map(JsonTree::parse).toList();
    assertTrue(objects.size() > 20, run.out());
    @SuppressWarnings("unchecked")
    Map<String, Object> summary =
        (Map<String, Object>)
            ((Map<String, Object>) objects.get(objects.size() - 1)).get("summary");
    assertEquals("shutting down", summary.get("state"));
    assertEquals("host-qmp-quit", summary.get("cause"));
    assertEquals(26L, summary.get("total"));
    assertEquals(List.of(), summary.get("unknownToBindings"));
  }

  /** Each of {@code parts} is somewhere in {@code out}; a failure names the one missing. */
  private static void assertContainsEach(String out, String... parts) {
    for (String part : parts) {
      assertTrue(out.contains(part), () -> "missing " + part + " in:\n" + out);
    }
  }
}
