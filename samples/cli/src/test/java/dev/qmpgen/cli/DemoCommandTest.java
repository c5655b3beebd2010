package dev.qmpgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    assertEquals("Examples of the bundled qmp-events.txt, decoded into dev.qmpgen.events types:", out.get(0));
    assertTrue(out.contains("2010-02-01 17:10:30.450486  BLOCK_IO_ERROR  device=ide0-hd1 operation=write action=stop"), run.out());
    assertTrue(out.contains("VM state: shutting down (host-qmp-quit)"), run.out());
    assertTrue(out.contains("  POWERDOWN                1  unknown to the bindings"), run.out());
    assertTrue(out.contains("  total                   13"), run.out());
    assertTrue(out.contains("Bad lines: 1 (reported on stderr)"), run.out());
  }

  @Test
  void decodesEveryExampleOfTheBundledSpecAndPointsOutTheStopSlip() {
    CliRun run = CliRun.run("demo");

    int captureStart = run.outLines().indexOf("A capture of QEMU 7.2 traffic (qemu-7.2-capture.jsonl), through the VM state tracker:");
    List<String> examples = run.outLines().subList(1, captureStart - 1);
    assertEquals(11, examples.size(), String.join("\n", examples)); // ten examples and one note
    assertTrue(examples.stream().noneMatch(l -> l.contains("unknown to the bindings") || l.contains("failed")));
    assertTrue(examples.contains(
        "    ^ the example in the STOP section names SHUTDOWN: the spec text's own slip, which `spec lint` reports"));
  }

  @Test
  void showsQemu72sExtraFieldsUnlistedValuesAndTheIoErrorPause() {
    String out = CliRun.run().out();

    assertTrue(out.contains("WATCHDOG  action=inject-nmi (not in the spec)"), out);
    assertTrue(out.contains("BLOCK_IO_ERROR  device=virtio0 operation=write action=stop  [not in spec: node-name=\"#block152\" nospace=true reason=\"No space left on device\"]"), out);
    assertTrue(out.contains("RTC_CHANGE  offset=3600s  [not in spec: qom-path=\"/machine/unattached/device[8]\"]"), out);
    assertTrue(out.contains("VNC_CONNECTED  client=127.0.0.1:40522 server=127.0.0.1:5900 auth=none"), out);
  }

  @Test
  void reportsTheCapturesBadLineOnStderrWithItsLineNumber() {
    List<String> err = CliRun.run().errLines();

    assertEquals(1, err.size(), String.join("\n", err));
    assertTrue(err.get(0).startsWith("qemu-7.2-capture.jsonl:9: malformed JSON: "), err.get(0));
  }

  @Test
  void jsonOutputIsOneObjectPerLineEndingWithTheSummary() {
    CliRun run = CliRun.run("--json");

    assertEquals(0, run.status());
    List<Object> objects = run.outLines().stream().map(JsonTree::parse).toList();
    assertTrue(objects.size() > 20, run.out());
    @SuppressWarnings("unchecked")
    Map<String, Object> summary = (Map<String, Object>) ((Map<String, Object>) objects.get(objects.size() - 1)).get("summary");
    assertEquals("shutting down", summary.get("state"));
    assertEquals("host-qmp-quit", summary.get("cause"));
    assertEquals(13L, summary.get("total"));
    assertEquals(List.of("POWERDOWN"), summary.get("unknownToBindings"));
  }
}
