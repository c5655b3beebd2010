package dev.qmpgen.cli.check;

import static dev.qmpgen.cli.check.SpecFixtures.document;
import static dev.qmpgen.cli.check.SpecFixtures.enumerated;
import static dev.qmpgen.cli.check.SpecFixtures.event;
import static dev.qmpgen.cli.check.SpecFixtures.field;
import static dev.qmpgen.cli.check.SpecFixtures.object;
import static dev.qmpgen.cli.check.SpecFixtures.optional;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.qmpgen.cli.check.EventCheck.Status;
import dev.qmpgen.cli.check.FieldDifference.Kind;
import dev.qmpgen.cli.json.JsonTree;
import dev.qmpgen.spec.JsonType;
import dev.qmpgen.spec.SpecDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SchemaComparisonTest {

  /** The event part of QEMU 7.2's query-qmp-schema reply for the bundled spec's events. */
  static Object qemu72Schema() throws IOException {
    try (InputStream in = SchemaComparisonTest.class.getResourceAsStream("/dev/qmpgen/cli/query-qmp-schema-7.2-events.json")) {
      return JsonTree.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private static Map<String, EventCheck> byName(List<EventCheck> checks) {
    return checks.stream().collect(Collectors.toMap(EventCheck::name, c -> c));
  }

  @Test
  void eventsOnOneSideOnlyAreUnknownOrNotSent() throws IOException {
    SpecDocument spec = document(event("STOP"), event("SUSPEND_DISK"));

    Map<String, EventCheck> checks = byName(SchemaComparison.compare(spec, qemu72Schema()));

    assertEquals(Status.MATCHES, checks.get("STOP").status());
    assertEquals(Status.NOT_SENT_BY_QEMU, checks.get("SUSPEND_DISK").status());
    assertEquals(Status.UNKNOWN_TO_BINDINGS, checks.get("POWERDOWN").status());
  }

  @Test
  void verdictsComeSortedByEventName() throws IOException {
    List<String> names = SchemaComparison.compare(document(event("STOP")), qemu72Schema())
        .stream().map(EventCheck::name).toList();

    assertEquals(names.stream().sorted().toList(), names);
  }

  @Test
  void membersQemuAddsAreReportedAsKeptUnknownFields() throws IOException {
    SpecDocument spec = document(event("SHUTDOWN"));

    EventCheck shutdown = byName(SchemaComparison.compare(spec, qemu72Schema())).get("SHUTDOWN");

    assertEquals(Status.DIFFERS, shutdown.status());
    assertEquals(List.of("data.guest", "data.reason"), shutdown.differences().stream().map(FieldDifference::path).toList());
    assertEquals(Kind.NOT_IN_SPEC, shutdown.differences().get(0).kind());
  }

  @Test
  void intInQemuFitsJsonNumberInTheSpec() throws IOException {
    SpecDocument spec = document(event("RTC_CHANGE", field("offset", JsonType.NUMBER), field("qom-path", JsonType.STRING)));

    assertEquals(Status.MATCHES, byName(SchemaComparison.compare(spec, qemu72Schema())).get("RTC_CHANGE").status());
  }

  @Test
  void valuesQemuAddsToAnEnumAreNamed() throws IOException {
    SpecDocument spec = document(event("WATCHDOG",
        enumerated("action", "reset", "shutdown", "poweroff", "pause", "debug", "none")));

    EventCheck watchdog = byName(SchemaComparison.compare(spec, qemu72Schema())).get("WATCHDOG");

    assertEquals(1, watchdog.differences().size());
    FieldDifference values = watchdog.differences().get(0);
    assertEquals("data.action", values.path());
    assertEquals(Kind.VALUES, values.kind());
    assertEquals("QEMU can send values the spec does not list: inject-nmi (the bindings keep them as raw strings)",
        values.message());
  }

  @Test
  void nestedObjectsAreComparedMemberByMember() throws IOException {
    SpecDocument spec = document(event("VNC_CONNECTED",
        object("server", field("host", JsonType.STRING), field("service", JsonType.STRING),
            field("family", JsonType.STRING), field("websocket", JsonType.BOOL), optional("auth", JsonType.STRING)),
        object("client", field("host", JsonType.STRING), field("service", JsonType.STRING),
            field("family", JsonType.STRING), field("websocket", JsonType.BOOL), field("auth", JsonType.STRING))));

    EventCheck vnc = byName(SchemaComparison.compare(spec, qemu72Schema())).get("VNC_CONNECTED");

    assertEquals(List.of("data.client.auth"), vnc.differences().stream().map(FieldDifference::path).toList());
    assertEquals(Kind.NOT_IN_QEMU, vnc.differences().get(0).kind());
  }

  @Test
  void optionalityAndTypeMismatchesAreReported() throws IOException {
    SpecDocument spec = document(event("BLOCK_IO_ERROR",
        field("device", JsonType.INT), field("node-name", JsonType.STRING),
        enumerated("operation", "read", "write"), enumerated("action", "ignore", "report", "stop"),
        optional("nospace", JsonType.BOOL), optional("reason", JsonType.STRING)));

    List<FieldDifference> differences = byName(SchemaComparison.compare(spec, qemu72Schema()))
        .get("BLOCK_IO_ERROR").differences();

    assertEquals(List.of("data.device TYPE json-int in the spec, string in QEMU",
            "data.node-name OPTIONALITY required in the spec, optional in QEMU: an event without it fails to decode",
            "data.reason OPTIONALITY optional in the spec, always sent by QEMU"),
        differences.stream().map(d -> d.path() + " " + d.kind() + " " + d.message()).toList());
  }

  @Test
  void aReplyThatIsNotASchemaIsRejectedWithAReason() {
    assertThrows(IllegalArgumentException.class, () -> SchemaComparison.compare(document(), JsonTree.parse("{}")));
    assertThrows(IllegalArgumentException.class, () -> SchemaComparison.compare(document(), JsonTree.parse("[1]")));
  }
}
