package dev.qmpgen.spec;

import static dev.qmpgen.spec.SpecTexts.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The schema front end on hand-written captures, one construct at a time. */
class SchemaParserTest {

  /**
   * A capture in the project's file format around {@code entities} (SchemaInfo objects, one per
   * line).
   */
  static String capture(String... entities) {
    return "{\n  \"qemu\": {\"version\": \"7.2.22\", \"package\": \"test\"},\n  \"schema\": [\n    "
        + String.join(",\n    ", entities)
        + "\n  ]\n}\n";
  }

  private static ParseResult parse(String text) {
    return SchemaParser.parse("qemu.json", text);
  }

  private static FieldSpec field(ParseResult result, String event, String name) {
    return result.document().event(event).orElseThrow().fields().stream()
        .filter(f -> f.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void eventMembersResolveThroughMaskedTypeIdsWithOptionalityAndEnumValues() {
    ParseResult result =
        parse(
            capture(
                "{\"name\": \"SHUTDOWN\", \"meta-type\": \"event\", \"arg-type\": \"2\"}",
                "{\"name\": \"2\", \"meta-type\": \"object\", \"members\": [{\"name\": \"guest\", \"type\": \"bool\"},"
                    + " {\"name\": \"reason\", \"type\": \"263\", \"default\": null}]}",
                "{\"name\": \"263\", \"meta-type\": \"enum\", \"members\": [{\"name\": \"none\"}, {\"name\": \"host-qmp-quit\"}],"
                    + " \"values\": [\"none\", \"host-qmp-quit\"]}",
                "{\"name\": \"bool\", \"meta-type\": \"builtin\", \"json-type\": \"boolean\"}"));
    assertEquals(List.of(), result.diagnostics());
    assertEquals(Optional.of("QEMU 7.2.22 (test)"), result.document().origin());
    FieldSpec guest = field(result, "SHUTDOWN", "guest");
    assertEquals(JsonType.BOOL, guest.type());
    assertFalse(guest.optional());
    FieldSpec reason = field(result, "SHUTDOWN", "reason");
    assertEquals(JsonType.STRING, reason.type());
    assertTrue(reason.optional());
    assertEquals(
        List.of("none", "host-qmp-quit"), reason.values().stream().map(EnumValue::name).toList());
    assertEquals(5, reason.position().line());
  }

  @Test
  void theBareReturnArrayAndTheWholeReplyGiveTheSameEventsAsTheCaptureFile() {
    String event = "{\"name\": \"RTC_CHANGE\", \"meta-type\": \"event\", \"arg-type\": \"1\"}";
    String object =
        "{\"name\": \"1\", \"meta-type\": \"object\", \"members\": [{\"name\": \"offset\", \"type\": \"int\"}]}";
    ParseResult file = parse(capture(event, object));
    ParseResult bare = parse("[" + event + ", " + object + "]");
    ParseResult reply = parse("{\"return\": [" + event + ", " + object + "]}");
    for (ParseResult result : List.of(bare, reply)) {
      assertEquals(List.of(), result.diagnostics());
      assertEquals(JsonType.INT, field(result, "RTC_CHANGE", "offset").type());
      assertEquals(
          field(file, "RTC_CHANGE", "offset").type(), field(result, "RTC_CHANGE", "offset").type());
    }
    assertEquals(Optional.empty(), bare.document().origin());
  }

  @Test
  void aFlatUnionKeepsItsTagCommonMembersAndEachVariantsMembers() {
    ParseResult result =
        parse(
            capture(
                "{\"name\": \"GUEST_PANICKED\", \"meta-type\": \"event\", \"arg-type\": \"7\"}",
                "{\"name\": \"7\", \"meta-type\": \"object\", \"members\": [{\"name\": \"info\", \"default\": null, \"type\": \"269\"}]}",
                "{\"name\": \"269\", \"meta-type\": \"object\", \"tag\": \"type\", \"variants\": [{\"case\": \"hyper-v\", \"type\": \"509\"},"
                    + " {\"case\": \"s390\", \"type\": \"0\"}], \"members\": [{\"name\": \"type\", \"type\": \"508\"}]}",
                "{\"name\": \"508\", \"meta-type\": \"enum\", \"values\": [\"hyper-v\", \"s390\"]}",
                "{\"name\": \"509\", \"meta-type\": \"object\", \"members\": [{\"name\": \"arg1\", \"type\": \"int\"}]}",
                "{\"name\": \"0\", \"meta-type\": \"object\", \"members\": []}"));
    assertEquals(List.of(), result.diagnostics());
    FieldSpec info = field(result, "GUEST_PANICKED", "info");
    assertEquals(JsonType.UNION, info.type());
    assertEquals(Optional.of("type"), info.tag());
    assertEquals(List.of("type"), info.fields().stream().map(FieldSpec::name).toList());
    assertEquals(
        List.of("hyper-v", "s390"), info.variants().stream().map(UnionVariant::value).toList());
    assertEquals(
        List.of("arg1"), info.variants().get(0).fields().stream().map(FieldSpec::name).toList());
    assertEquals(List.of(), info.variants().get(1).fields());
  }

  @Test
  void alternatesArraysUnsignedAnyAndFeaturesAreKept() {
    ParseResult result =
        parse(
            capture(
                "{\"name\": \"THING\", \"meta-type\": \"event\", \"arg-type\": \"1\", \"features\": [\"deprecated\"]}",
                "{\"name\": \"1\", \"meta-type\": \"object\", \"members\": ["
                    + "{\"name\": \"size\", \"type\": \"size\"}, {\"name\": \"blob\", \"type\": \"any\"},"
                    + " {\"name\": \"old\", \"type\": \"str\", \"features\": [\"deprecated\", \"unstable\"]},"
                    + " {\"name\": \"choice\", \"type\": \"3\"}, {\"name\": \"grid\", \"type\": \"[[4]]\"}]}",
                "{\"name\": \"3\", \"meta-type\": \"alternate\", \"members\": [{\"type\": \"str\"}, {\"type\": \"null\"}]}",
                "{\"name\": \"[[4]]\", \"meta-type\": \"array\", \"element-type\": \"[4]\"}",
                "{\"name\": \"[4]\", \"meta-type\": \"array\", \"element-type\": \"4\"}",
                "{\"name\": \"4\", \"meta-type\": \"object\", \"members\": [{\"name\": \"x\", \"type\": \"int\"}]}"));
    assertEquals(List.of(), result.diagnostics());
    assertEquals(List.of("deprecated"), result.document().event("THING").orElseThrow().features());
    assertEquals(JsonType.UINT64, field(result, "THING", "size").type());
    assertEquals(JsonType.ANY, field(result, "THING", "blob").type());
    assertEquals(List.of("deprecated", "unstable"), field(result, "THING", "old").features());
    FieldSpec choice = field(result, "THING", "choice");
    assertEquals(JsonType.ALTERNATE, choice.type());
    assertEquals(
        List.of(JsonType.STRING, JsonType.NULL),
        choice.alternatives().stream().map(FieldSpec::type).toList());
    FieldSpec grid = field(result, "THING", "grid");
    assertEquals(JsonType.ARRAY, grid.type());
    FieldSpec row = grid.element().orElseThrow();
    assertEquals(JsonType.ARRAY, row.type());
    assertEquals(List.of("x"), row.fields().stream().map(FieldSpec::name).toList());
  }

  @Test
  void anEventWhoseDataIsAUnionHasTheCommonMembersThenEveryVariantsAsOptional() {
    ParseResult result =
        parse(
            capture(
                "{\"name\": \"BOXED\", \"meta-type\": \"event\", \"arg-type\": \"1\"}",
                "{\"name\": \"1\", \"meta-type\": \"object\", \"tag\": \"kind\", \"members\": [{\"name\": \"kind\", \"type\": \"2\"}],"
                    + " \"variants\": [{\"case\": \"a\", \"type\": \"3\"}, {\"case\": \"b\", \"type\": \"4\"}]}",
                "{\"name\": \"2\", \"meta-type\": \"enum\", \"values\": [\"a\", \"b\"]}",
                "{\"name\": \"3\", \"meta-type\": \"object\", \"members\": [{\"name\": \"x\", \"type\": \"int\"}, {\"name\": \"y\", \"type\": \"str\"}]}",
                "{\"name\": \"4\", \"meta-type\": \"object\", \"members\": [{\"name\": \"x\", \"type\": \"int\"}, {\"name\": \"y\", \"type\": \"bool\"}]}"));
    assertEquals(List.of(), result.diagnostics());
    List<FieldSpec> fields = result.document().event("BOXED").orElseThrow().fields();
    assertEquals(List.of("kind", "x", "y"), fields.stream().map(FieldSpec::name).toList());
    assertEquals(List.of(false, true, true), fields.stream().map(FieldSpec::optional).toList());
    assertEquals(
        List.of(JsonType.STRING, JsonType.INT, JsonType.ANY),
        fields.stream().map(FieldSpec::type).toList());
  }

  @Test
  void eventsAreSortedByNameWhateverTheCaptureOrder() {
    ParseResult result =
        parse(
            "[{\"name\": \"B\", \"meta-type\": \"event\", \"arg-type\": \"0\"},"
                + " {\"name\": \"A\", \"meta-type\": \"event\", \"arg-type\": \"0\"},"
                + " {\"name\": \"0\", \"meta-type\": \"object\", \"members\": []}]");
    assertEquals(
        List.of("A", "B"), result.document().events().stream().map(EventSpec::name).toList());
  }

  @Test
  void notJsonIsReportedAtTheBrokenToken() {
    ParseResult result = parse("{\n  \"schema\": [\n    {\"name\": \"X\",, }\n  ]\n}\n");
    assertEquals(1, result.errors().size(), result.diagnostics().toString());
    Diagnostic error = result.errors().get(0);
    assertEquals(3, error.position().line());
    assertEquals(18, error.position().column());
    assertTrue(error.message().startsWith("not valid JSON"), error.message());
  }

  @Test
  void anUndefinedTypeIdIsReportedWhereItIsReferencedAndTheOtherEventsSurvive() {
    ParseResult result =
        parse(
            capture(
                "{\"name\": \"GOOD\", \"meta-type\": \"event\", \"arg-type\": \"0\"}",
                "{\"name\": \"BAD\", \"meta-type\": \"event\", \"arg-type\": \"1\"}",
                "{\"name\": \"0\", \"meta-type\": \"object\", \"members\": []}",
                "{\"name\": \"1\", \"meta-type\": \"object\", \"members\": [{\"name\": \"x\", \"type\": \"67\"}]}"));
    assertEquals(1, result.errors().size(), result.diagnostics().toString());
    Diagnostic error = result.errors().get(0);
    assertEquals("qemu.json:7:76", error.position().toString());
    assertEquals(
        "type \"67\" of member \"x\" of object \"1\" of event BAD is not defined in the capture",
        error.message());
    assertTrue(result.document().event("GOOD").isPresent());
    assertEquals(java.util.Set.of("BAD"), result.eventsWithErrors());
  }

  @Test
  void aBrokenTypeSharedByTwoEventsIsReportedOnceAndPutsBothInError() {
    ParseResult result =
        parse(
            capture(
                "{\"name\": \"A\", \"meta-type\": \"event\", \"arg-type\": \"1\"}",
                "{\"name\": \"B\", \"meta-type\": \"event\", \"arg-type\": \"1\"}",
                "{\"name\": \"C\", \"meta-type\": \"event\", \"arg-type\": \"0\"}",
                "{\"name\": \"0\", \"meta-type\": \"object\", \"members\": []}",
                "{\"name\": \"1\", \"meta-type\": \"object\", \"members\": [{\"name\": \"x\", \"type\": \"67\"}]}"));
    assertEquals(1, result.errors().size(), result.diagnostics().toString());
    assertEquals(java.util.Set.of("A", "B"), result.eventsWithErrors());
  }

  @Test
  void aRepeatedKeyIsAnErrorAtTheRepetitionAndTheFirstValueIsKept() {
    ParseResult result =
        parse(
            capture(
                "{\"name\": \"E\", \"meta-type\": \"event\", \"arg-type\": \"1\", \"arg-type\": \"2\"}",
                "{\"name\": \"1\", \"meta-type\": \"object\", \"members\": [{\"name\": \"a\", \"type\": \"int\"}]}",
                "{\"name\": \"2\", \"meta-type\": \"object\", \"members\": [{\"name\": \"b\", \"type\": \"int\"}]}"));
    assertEquals(
        List.of("qemu.json:4:58: error: duplicate key \"arg-type\"; the first one is used"),
        messages(result));
    assertEquals(
        List.of("a"),
        result.document().event("E").orElseThrow().fields().stream().map(FieldSpec::name).toList());
  }

  @Test
  void anEventWithoutArgTypeIsAnErrorAtTheEvent() {
    ParseResult result = parse(capture("{\"name\": \"NOARGS\", \"meta-type\": \"event\"}"));
    assertEquals(
        List.of("qemu.json:4:5: error: event NOARGS has no \"arg-type\""), messages(result));
  }

  @Test
  void aUnionTagThatIsNoEnumMemberIsAnErrorAndARecursiveTypeIsKeptRawWhereItRecurs() {
    ParseResult result =
        parse(
            capture(
                "{\"name\": \"E\", \"meta-type\": \"event\", \"arg-type\": \"1\"}",
                "{\"name\": \"1\", \"meta-type\": \"object\", \"members\": [{\"name\": \"u\", \"type\": \"2\"}, {\"name\": \"r\", \"type\": \"3\"}]}",
                "{\"name\": \"2\", \"meta-type\": \"object\", \"tag\": \"kind\", \"variants\": [], \"members\": []}",
                "{\"name\": \"3\", \"meta-type\": \"object\", \"members\": [{\"name\": \"next\", \"type\": \"3\", \"default\": null}]}"));
    List<String> messages = result.errors().stream().map(Diagnostic::message).toList();
    assertEquals(1, messages.size(), messages.toString());
    assertTrue(
        messages.get(0).contains("the tag \"kind\" of union \"2\" must name one of its members"),
        messages.get(0));
    FieldSpec next = field(result, "E", "r").fields().get(0);
    assertEquals("next", next.name());
    // The member "next" of type 3 is inside type 3 itself: kept as any JSON.
    assertEquals(JsonType.ANY, next.type());
  }

  @Test
  void theCheckedInQemu72CaptureReadsCleanlyIntoItsFiftyTwoEvents() throws java.io.IOException {
    String text = java.nio.file.Files.readString(java.nio.file.Path.of("schemas", "qemu-7.2.json"));
    ParseResult result = SchemaParser.parse("schemas/qemu-7.2.json", text);
    assertEquals(List.of(), result.diagnostics());
    assertEquals(52, result.document().events().size());
    assertEquals(
        Optional.of("QEMU 7.2.22 (Debian 1:7.2+dfsg-7+deb12u18+b3)"), result.document().origin());
    assertEquals(
        List.of("deprecated"),
        result.document().event("MEM_UNPLUG_ERROR").orElseThrow().features());
    FieldSpec addr = field(result, "NETDEV_STREAM_CONNECTED", "addr");
    assertEquals(JsonType.UNION, addr.type());
    assertEquals(
        List.of("inet", "unix", "vsock", "fd"),
        addr.variants().stream().map(UnionVariant::value).toList());
  }

  @Test
  void notACaptureAtAllSaysWhatWasExpected() {
    ParseResult result = parse("{\"QMP\": {}}");
    assertEquals(1, result.errors().size());
    assertTrue(
        result.errors().get(0).message().startsWith("not a schema capture"),
        result.errors().get(0).message());
    assertEquals(1, parse("").errors().size());
    assertEquals(1, parse("42").errors().size());
  }
}
