package dev.qmpgen.spec;

import static dev.qmpgen.spec.SpecTexts.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Headings, the parts of a section, examples and notes, in the layouts QEMU shipped. */
class SectionFormsTest {

  private static List<String> names(ParseResult result) {
    return result.document().events().stream().map(EventSpec::name).toList();
  }

  private static EventSpec only(ParseResult result) {
    assertEquals(1, result.document().events().size(), () -> result.document().toString());
    return result.document().events().get(0);
  }

  private static List<String> messages(ParseResult result) {
    return result.diagnostics().stream().map(Diagnostic::toString).toList();
  }

  @Test
  void numberedHeadingsWithDescriptionPrefixDefineEvents() {
    ParseResult result =
        parse(
            "                   QEMU Monitor Protocol: Events",
            "                   =============================",
            "",
            "1 SHUTDOWN",
            "-----------",
            "",
            "Description: Issued when the Virtual Machine is powered down.",
            "Data: None.",
            "",
            "2. RESET",
            "--------",
            "",
            "Description: Issued when the Virtual Machine is reseted.",
            "Data: None.");
    assertEquals(List.of("SHUTDOWN", "RESET"), names(result));
    EventSpec shutdown = result.document().events().get(0);
    assertEquals("Issued when the Virtual Machine is powered down.", shutdown.description());
    assertEquals(List.of(), shutdown.fields());
    assertEquals(4, shutdown.position().line());
    assertEquals(3, shutdown.position().column());
    assertEquals(List.of(), result.diagnostics());
  }

  @Test
  void headingNamingSeveralEventsDefinesEachWithTheSameData() {
    ParseResult result =
        parse(
            "SPICE_CONNECTED, SPICE_DISCONNECTED",
            "-----------------------------------",
            "",
            "Emitted when a SPICE client connects or disconnects.",
            "",
            "Data:",
            "",
            "- \"server\": Server information (json-object)",
            "  - \"host\": IP address (json-string)",
            "",
            "Example:",
            "",
            "{ \"event\": \"SPICE_CONNECTED\", \"data\": { \"server\": { \"host\": \"127.0.0.1\" } } }");
    assertEquals(List.of("SPICE_CONNECTED", "SPICE_DISCONNECTED"), names(result));
    EventSpec connected = result.document().events().get(0);
    EventSpec disconnected = result.document().events().get(1);
    assertEquals(connected.fields(), disconnected.fields());
    assertEquals(connected.examples(), disconnected.examples());
    assertEquals(18, disconnected.position().column());
    assertEquals(List.of(), result.diagnostics(), "the example may name either event");
  }

  @Test
  void dataNoneMeansNoFields() {
    EventSpec event =
        only(
            parse(
                "RESET",
                "-----",
                "",
                "Data: None.",
                "",
                "Example:",
                "",
                "{ \"event\": \"RESET\" }"));
    assertEquals(List.of(), event.fields());
    assertEquals(1, event.examples().size());
  }

  @Test
  void dataWithNoListMeansNoFields() {
    ParseResult result =
        parse("RESET", "-----", "Data:", "", "Example:", "", "{ \"event\": \"RESET\" }");
    assertEquals(List.of(), only(result).fields());
    assertEquals(List.of(), result.diagnostics());
  }

  @Test
  void missingDataSectionStillReadsAFieldList() {
    EventSpec event = only(parse("E", "-", "Emitted now.", "", "- \"a\": thing (json-int)"));
    assertEquals("Emitted now.", event.description());
    assertEquals(List.of("a"), event.fields().stream().map(FieldSpec::name).toList());
  }

  @Test
  void missingDataSectionAndNoFieldsMeansNoFields() {
    ParseResult result = parse("E", "-", "Emitted now.", "", "Since: 1.2");
    assertEquals(List.of(), only(result).fields());
    assertEquals(List.of(), result.diagnostics());
  }

  @Test
  void dataFollowedByABlankLineReadsTheListAfterIt() {
    EventSpec event =
        only(
            parse(
                "E",
                "-",
                "Data:",
                "",
                "",
                "- \"a\": thing (json-int)",
                "",
                "- \"b\": other (json-bool)"));
    assertEquals(List.of("a", "b"), event.fields().stream().map(FieldSpec::name).toList());
  }

  @Test
  void dataAsFreeTextGivesNoFieldsAndAWarning() {
    ParseResult result =
        parse(
            "4 VNC_CONNECTED",
            "---------------",
            "",
            "Description: Issued when a VNC client establishes a connection.",
            "Data: 'server' and 'client' keys with the same keys as 'query-vnc',",
            "except that authentication ID is not provided.");
    EventSpec event = only(result);
    assertEquals(List.of(), event.fields());
    assertEquals(
        "Issued when a VNC client establishes a connection.\n\nData: 'server' and 'client' keys with"
            + " the same keys as 'query-vnc', except that authentication ID is not provided.",
        event.description());
    assertEquals(
        List.of(
            "t.txt:5:1: warning: data is described as free text, not as a field list; the event gets no fields"),
        messages(result));
  }

  @Test
  void dataNoneFollowedByFieldsUsesTheFieldsWithAWarning() {
    ParseResult result =
        parse(
            "MIGRATION_PASS",
            "--------------",
            "",
            "Data: None.",
            "",
            "  - \"pass\": An incrementing count (json-int)");
    assertEquals(List.of("pass"), only(result).fields().stream().map(FieldSpec::name).toList());
    assertEquals(
        List.of("t.txt:4:7: warning: \"Data: None.\" is followed by fields; the fields are used"),
        messages(result));
  }

  @Test
  void lineStartingWithAnEventNameIsNotAHeading() {
    ParseResult result =
        parse(
            "BLOCK_IO_ERROR",
            "--------------",
            "",
            "Data: None.",
            "",
            "Note: If action is \"stop\", a STOP event will eventually follow the",
            "BLOCK_IO_ERROR event.",
            "RESET",
            "",
            "STOP",
            "----");
    assertEquals(List.of("BLOCK_IO_ERROR", "STOP"), names(result));
    assertEquals(
        List.of(
            "If action is \"stop\", a STOP event will eventually follow the BLOCK_IO_ERROR event. RESET"),
        result.document().events().get(0).notes());
  }

  @Test
  void underlineMayBeLongerOrShorterWithOrWithoutABlankLineAfter() {
    ParseResult result =
        parse(
            "RESET",
            "---------------",
            "Emitted on reset.",
            "RESUME",
            "--",
            "",
            "Emitted on resume.");
    assertEquals(List.of("RESET", "RESUME"), names(result));
    assertEquals("Emitted on reset.", result.document().events().get(0).description());
    assertEquals("Emitted on resume.", result.document().events().get(1).description());
  }

  @Test
  void windowsLineEndingsParseLikeUnixOnes() {
    String unix = SpecTexts.resource(SpecTexts.ORIGINAL);
    ParseResult windows = SpecParser.parse(SpecTexts.ORIGINAL, unix.replace("\n", "\r\n"));
    assertEquals(SeedModelTest.EXPECTED, ModelShape.of(windows.document()));
    assertEquals(1, windows.diagnostics().size());
  }

  @Test
  void textBeforeTheFirstEventAfterTheTitleIsIgnored() {
    ParseResult result =
        parse(
            "QEMU Machine Protocol Events",
            "============================",
            "",
            "This file describes the events.",
            "",
            "RESET",
            "-----",
            "Emitted on reset.");
    assertEquals("Emitted on reset.", only(result).description());
    assertEquals(List.of(), result.diagnostics());
  }

  @Test
  void examplesHoldSeveralObjectsWithArrows() {
    ParseResult result =
        parse(
            "E",
            "-",
            "",
            "Examples:",
            "",
            "-> { \"execute\": \"stop\" }",
            "<- { \"return\": {} }",
            "<- { \"event\": \"E\",",
            "     \"timestamp\": { \"seconds\": 1, \"microseconds\": 2 } }");
    EventSpec event = only(result);
    assertEquals(3, event.examples().size());
    ExampleSpec last = event.examples().get(2);
    assertEquals(
        "{ \"event\": \"E\",\n     \"timestamp\": { \"seconds\": 1, \"microseconds\": 2 } }",
        last.json());
    assertEquals(new Position("t.txt", 8, 4), last.position());
    assertTrue(last.wellFormed());
    assertEquals(List.of(), result.diagnostics(), "commands shown with -> are not linted");
  }

  @Test
  void exampleWithoutALabelLineIsStillAnExample() {
    EventSpec event =
        only(
            parse(
                "DEVICE_DELETED",
                "--------------",
                "",
                "Data:",
                "",
                "- \"device\": device name (json-string, optional)",
                "- \"path\": device path (json-string)",
                "",
                "{ \"event\": \"DEVICE_DELETED\",",
                "  \"data\": { \"path\": \"/machine/peripheral/nic0\" } }"));
    assertEquals(2, event.fields().size());
    assertEquals(1, event.examples().size());
    assertEquals(9, event.examples().get(0).position().line());
  }

  @Test
  void labelledSubExamplesKeepTheirLabels() {
    EventSpec event =
        only(
            parse(
                "QUORUM_REPORT_BAD",
                "-----------------",
                "",
                "Example:",
                "",
                "Read operation:",
                "{ \"event\": \"QUORUM_REPORT_BAD\" }",
                "",
                "Flush operation:",
                "{ \"event\": \"QUORUM_REPORT_BAD\" }"));
    assertEquals(
        List.of("Read operation", "Flush operation"),
        event.examples().stream().map(ExampleSpec::label).toList());
  }

  @Test
  void exampleWithoutTimestampIsWellFormed() {
    ParseResult result =
        parse(
            "GUEST_PANICKED",
            "--------------",
            "Data:",
            "- \"action\": Action that has been taken (json-string, currently always \"pause\").",
            "Example:",
            "{ \"event\": \"GUEST_PANICKED\",",
            "     \"data\": { \"action\": \"pause\" } }");
    EventSpec event = only(result);
    assertTrue(event.examples().get(0).wellFormed());
    assertEquals(
        List.of("pause"), event.fields().get(0).values().stream().map(EnumValue::name).toList());
    assertEquals(List.of(), result.diagnostics());
  }

  @Test
  void brokenExampleIsReportedAndKeptWhileTheEventIsStillParsed() {
    ParseResult result =
        parse(
            "MEM_UNPLUG_ERROR",
            "----------------",
            "Data:",
            "- \"device\": device name (json-string)",
            "Example:",
            "{ \"event\": \"MEM_UNPLUG_ERROR\"",
            "  \"data\": { \"device\": \"dimm1\" } }",
            "",
            "Note: the example misses a comma.");
    EventSpec event = only(result);
    assertEquals(1, event.fields().size());
    assertFalse(event.examples().get(0).wellFormed());
    assertEquals(
        "{ \"event\": \"MEM_UNPLUG_ERROR\"\n  \"data\": { \"device\": \"dimm1\" } }",
        event.examples().get(0).json());
    assertEquals(List.of("the example misses a comma."), event.notes());
    assertFalse(result.hasErrors());
    assertEquals(new Position("t.txt", 7, 3), result.warnings().get(0).position());
  }

  @Test
  void exampleWithAStrayBraceIsReportedAtTheBrace() {
    ParseResult result = parse("E", "-", "Example:", "{ \"event\": \"E\" } }", "Since: 2.0");
    assertFalse(only(result).examples().get(0).wellFormed());
    assertEquals(Optional.of("2.0"), only(result).since());
    assertEquals(new Position("t.txt", 4, 18), result.warnings().get(0).position());
  }

  @Test
  void noteAndNotesParagraphsBecomeNotes() {
    EventSpec event =
        only(
            parse(
                "E",
                "-",
                "Data: None.",
                "",
                "Note: this event is",
                "rate-limited.",
                "",
                "Notes: first of two",
                "",
                "second of two"));
    assertEquals(
        List.of("this event is rate-limited.", "first of two", "second of two"), event.notes());
  }

  @Test
  void sinceLineGivesTheVersion() {
    assertEquals(
        Optional.of("1.1"), only(parse("E", "-", "Data: None.", "", "Since: 1.1")).since());
    assertEquals(Optional.empty(), only(parse("E", "-", "Data: None.")).since());
  }

  @Test
  void proseBetweenSectionsJoinsTheDescription() {
    EventSpec event =
        only(
            parse(
                "E",
                "-",
                "Emitted sometimes.",
                "",
                "Data:",
                "",
                "- \"a\": thing (json-int)",
                "",
                "This event is rate-limited.",
                "",
                "Example:",
                "",
                "{ \"event\": \"E\", \"data\": { \"a\": 1 } }",
                "",
                "Clients should not rely on it."));
    assertEquals(
        "Emitted sometimes.\n\nThis event is rate-limited.\n\nClients should not rely on it.",
        event.description());
  }
}
