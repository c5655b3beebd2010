package dev.qmpgen.runtime.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qmpgen.events.EventDescriptions;
import dev.qmpgen.runtime.RawJson;
import dev.qmpgen.runtime.drift.EventDrift.Status;
import dev.qmpgen.runtime.drift.MemberDifference.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaDriftTest {

  /** The event part of QEMU 7.2's query-qmp-schema reply for the bundled spec's events. */
  static String qemu72Schema() throws IOException {
    try (InputStream in =
        SchemaDriftTest.class.getResourceAsStream("query-qmp-schema-7.2-events.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static EventDescription event(String name, MemberDescription... members) {
    return new EventDescription(name, List.of(members));
  }

  private static MemberDescription field(String name, JsonKind type) {
    return new MemberDescription(name, type, false, List.of(), List.of());
  }

  private static MemberDescription optional(String name, JsonKind type) {
    return new MemberDescription(name, type, true, List.of(), List.of());
  }

  private static MemberDescription enumerated(String name, String... values) {
    return new MemberDescription(name, JsonKind.STRING, false, Arrays.asList(values), List.of());
  }

  private static MemberDescription object(String name, MemberDescription... members) {
    return new MemberDescription(name, JsonKind.OBJECT, false, List.of(), List.of(members));
  }

  /** QEMU's VncServerInfo/VncClientInfo members, with {@code auth} as the test declares it. */
  private static MemberDescription vncAddress(String name, MemberDescription auth) {
    return object(
        name,
        field("host", JsonKind.STRING),
        field("service", JsonKind.STRING),
        field("family", JsonKind.STRING),
        field("websocket", JsonKind.BOOLEAN),
        auth);
  }

  private static EventDrift drift(String name, EventDescription... bindings) throws IOException {
    return SchemaDrift.compare(List.of(bindings), qemu72Schema()).event(name).orElseThrow();
  }

  @Test
  void eventsOnOneSideOnlyAreUnknownOrNotSent() throws IOException {
    DriftReport report =
        SchemaDrift.compare(List.of(event("STOP"), event("SUSPEND_DISK")), qemu72Schema());

    assertEquals(Status.MATCHES, report.event("STOP").orElseThrow().status());
    assertEquals(Status.NOT_SENT_BY_QEMU, report.event("SUSPEND_DISK").orElseThrow().status());
    assertEquals(Status.UNKNOWN_TO_BINDINGS, report.event("POWERDOWN").orElseThrow().status());
    assertTrue(report.unknownToBindings().stream().anyMatch(e -> e.name().equals("POWERDOWN")));
    assertEquals(false, report.allSentEventsMatch());
  }

  @Test
  void verdictsComeSortedByEventName() throws IOException {
    List<String> names =
        SchemaDrift.compare(List.of(event("STOP")), qemu72Schema()).events().stream()
            .map(EventDrift::name)
            .toList();

    assertEquals(names.stream().sorted().toList(), names);
  }

  @Test
  void membersQemuAddsAreReportedAsKeptUnknownFields() throws IOException {
    EventDrift shutdown = drift("SHUTDOWN", event("SHUTDOWN"));

    assertEquals(Status.DIFFERS, shutdown.status());
    assertEquals(
        List.of("data.guest", "data.reason"),
        shutdown.differences().stream().map(MemberDifference::path).toList());
    assertEquals(Kind.NOT_IN_SPEC, shutdown.differences().get(0).kind());
    assertEquals(
        "QEMU sends it (boolean); the spec does not list it, so the bindings keep it as an unknown field",
        shutdown.differences().get(0).message());
  }

  @Test
  void intInQemuFitsJsonNumberInTheBindings() throws IOException {
    EventDrift rtc =
        drift(
            "RTC_CHANGE",
            event(
                "RTC_CHANGE",
                field("offset", JsonKind.NUMBER),
                field("qom-path", JsonKind.STRING)));

    assertEquals(Status.MATCHES, rtc.status());
  }

  @Test
  void valuesQemuAddsToAnEnumAreNamed() throws IOException {
    EventDrift watchdog =
        drift(
            "WATCHDOG",
            event(
                "WATCHDOG",
                enumerated("action", "reset", "shutdown", "poweroff", "pause", "debug", "none")));

    assertEquals(1, watchdog.differences().size());
    MemberDifference values = watchdog.differences().get(0);
    assertEquals("data.action", values.path());
    assertEquals(Kind.VALUES, values.kind());
    assertEquals(
        "QEMU can send values the spec does not list: inject-nmi (the bindings keep them as raw strings)",
        values.message());
  }

  @Test
  void nestedObjectsAreComparedMemberByMember() throws IOException {
    EventDrift vnc =
        drift(
            "VNC_CONNECTED",
            event(
                "VNC_CONNECTED",
                vncAddress("server", optional("auth", JsonKind.STRING)),
                vncAddress("client", field("auth", JsonKind.STRING))));

    assertEquals(
        List.of("data.client.auth"),
        vnc.differences().stream().map(MemberDifference::path).toList());
    assertEquals(Kind.NOT_IN_QEMU, vnc.differences().get(0).kind());
  }

  @Test
  void optionalityAndTypeMismatchesAreReported() throws IOException {
    EventDrift blockIoError =
        drift(
            "BLOCK_IO_ERROR",
            event(
                "BLOCK_IO_ERROR",
                field("device", JsonKind.INT),
                field("node-name", JsonKind.STRING),
                enumerated("operation", "read", "write"),
                enumerated("action", "ignore", "report", "stop"),
                optional("nospace", JsonKind.BOOLEAN),
                optional("reason", JsonKind.STRING)));

    assertEquals(
        List.of(
            "data.device TYPE json-int in the spec, string in QEMU",
            "data.node-name OPTIONALITY required in the spec, optional in QEMU: an event without it fails to decode",
            "data.reason OPTIONALITY optional in the spec, always sent by QEMU"),
        blockIoError.differences().stream()
            .map(d -> d.path() + " " + d.kind() + " " + d.message())
            .toList());
  }

  @Test
  void anEventWhoseWholeDataTheBindingsKeepRawMatchesWhateverQemuSends() throws IOException {
    EventDrift shutdown = drift("SHUTDOWN", new EventDescription("SHUTDOWN", List.of(), true));

    assertEquals(Status.MATCHES, shutdown.status());
    assertThrows(
        IllegalArgumentException.class,
        () -> new EventDescription("SHUTDOWN", List.of(field("guest", JsonKind.BOOLEAN)), true));
  }

  @Test
  void theBundledBindingsDescribeTheirEventsFromTheSpec() throws IOException {
    DriftReport report = SchemaDrift.compare(EventDescriptions.all(), qemu72Schema());

    assertEquals(Status.MATCHES, report.event("STOP").orElseThrow().status());
    assertEquals(Status.DIFFERS, report.event("SHUTDOWN").orElseThrow().status());
    assertEquals(
        List.of("data.action"),
        report.event("WATCHDOG").orElseThrow().differences().stream()
            .map(MemberDifference::path)
            .toList());
    assertEquals(
        List.of("BALLOON_CHANGE", "POWERDOWN"),
        report.unknownToBindings().stream().map(EventDrift::name).toList());
    assertTrue(report.summary().startsWith(report.events().size() + " events: "), report.summary());
  }

  @Test
  void theWholeReplyAndACaptureFileReadLikeTheReturnValue() throws IOException {
    String array = qemu72Schema();
    DriftReport fromArray = SchemaDrift.compare(EventDescriptions.all(), RawJson.parse(array));

    assertEquals(
        fromArray,
        SchemaDrift.compare(EventDescriptions.all(), "{\"return\": " + array + ", \"id\": 3}"));
    assertEquals(
        fromArray,
        SchemaDrift.compare(
            EventDescriptions.all(),
            "{\"qemu\": {\"version\": \"7.2.22\", \"package\": \"\"}, \"schema\": " + array + "}"));
  }

  @Test
  void aReplyThatIsNotASchemaIsRejectedWithAReason() {
    IllegalArgumentException notAList =
        assertThrows(IllegalArgumentException.class, () -> SchemaDrift.compare(List.of(), "{}"));
    assertTrue(notAList.getMessage().contains("SchemaInfo"), notAList.getMessage());
    assertThrows(IllegalArgumentException.class, () -> SchemaDrift.compare(List.of(), "[1]"));
    assertThrows(
        IllegalArgumentException.class,
        () -> SchemaDrift.compare(List.of(), "[{\"name\": \"X\"}]"));
    assertThrows(IllegalArgumentException.class, () -> SchemaDrift.compare(List.of(), "[{"));
  }
}
