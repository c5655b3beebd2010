package dev.qmpgen.spec;

import static dev.qmpgen.spec.SpecTexts.messages;
import static dev.qmpgen.spec.SpecTexts.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Field lines in every variant QEMU shipped: names, indentation, types, values, nesting. */
class FieldFormsTest {

  /** The fields of a one-event spec whose section holds {@code fieldLines} after "Data:". */
  private static List<FieldSpec> fieldsOf(String... fieldLines) {
    return result(fieldLines).document().events().get(0).fields();
  }

  private static ParseResult result(String... fieldLines) {
    String[] lines = new String[fieldLines.length + 4];
    lines[0] = "E";
    lines[1] = "-";
    lines[2] = "Data:";
    lines[3] = "";
    System.arraycopy(fieldLines, 0, lines, 4, fieldLines.length);
    return parse(lines);
  }

  private static List<String> names(List<FieldSpec> fields) {
    return fields.stream().map(FieldSpec::name).toList();
  }

  private static List<String> valueNames(FieldSpec field) {
    return field.values().stream().map(EnumValue::name).toList();
  }

  @Test
  void fieldNamesMayBeInDoubleQuotesSingleQuotesOrNone() {
    List<FieldSpec> fields =
        fieldsOf("- \"a\": one (json-int)", "- 'b': two (json-int)", "- c: three (json-int)");
    assertEquals(List.of("a", "b", "c"), names(fields));
    assertEquals(
        List.of("one", "two", "three"), fields.stream().map(FieldSpec::description).toList());
  }

  @Test
  void topLevelBulletsMayBeIndentedZeroOneOrTwoSpaces() {
    for (String indent : List.of("", " ", "  ")) {
      List<FieldSpec> fields =
          fieldsOf(
              indent + "- \"server\": Server (json-object)",
              indent + "  - \"host\": IP (json-string)",
              indent + "- \"port\": Port (json-int)");
      assertEquals(List.of("server", "port"), names(fields), "indent " + indent.length());
      assertEquals(List.of("host"), names(fields.get(0).fields()));
    }
  }

  @Test
  void nestedBulletsMayBeTwoOrFourSpacesDeeper() {
    List<FieldSpec> fields =
        fieldsOf(
            "- \"a\": A (json-object)",
            "    - \"a1\": A1 (json-int)",
            "- \"b\": B (json-object)",
            "  - \"b1\": B1 (json-int)");
    assertEquals(List.of("a1"), names(fields.get(0).fields()));
    assertEquals(List.of("b1"), names(fields.get(1).fields()));
  }

  @Test
  void tabsCountAsIndentation() {
    List<FieldSpec> fields =
        fieldsOf(
            "\t- \"server\": Server (json-object)",
            "\t\t- \"host\": IP (json-string)",
            "\t- \"port\": Port (json-int)");
    assertEquals(List.of("server", "port"), names(fields));
    assertEquals(List.of("host"), names(fields.get(0).fields()));
  }

  @Test
  void vendorPrefixedNamesAreKeptWhole() {
    ParseResult result =
        parse(
            "__com.redhat_DEVICE_GONE",
            "------------------------",
            "Data:",
            "- \"__com.redhat_reason\": why (json-string)",
            "- __com.redhat_debug: info (json-bool, optional)");
    EventSpec event = result.document().events().get(0);
    assertEquals("__com.redhat_DEVICE_GONE", event.name());
    assertEquals(List.of("__com.redhat_reason", "__com.redhat_debug"), names(event.fields()));
    assertTrue(event.fields().get(1).optional());
  }

  @Test
  void namesPaddedToAlignDescriptionsAreTrimmed() {
    List<FieldSpec> fields =
        fieldsOf(
            "- \"device\":      Device name (json-string)", "- \"len\"   :      Length (json-int)");
    assertEquals(List.of("device", "len"), names(fields));
    assertEquals("Device name", fields.get(0).description());
    assertEquals("Length", fields.get(1).description());
  }

  @Test
  void typesWithoutTheJsonPrefixAreRecognised() {
    List<FieldSpec> fields =
        fieldsOf(
            "- \"a\": A (string)",
            "- \"b\": B (int, optional)",
            "- \"c\": C (bool)",
            "- \"d\": D (number)");
    assertEquals(
        List.of(JsonType.STRING, JsonType.INT, JsonType.BOOL, JsonType.NUMBER),
        fields.stream().map(FieldSpec::type).toList());
    assertTrue(fields.get(1).optional());
  }

  @Test
  void descriptionContinuesOnMoreIndentedLinesWithTheTypeAtTheEnd() {
    List<FieldSpec> fields =
        fieldsOf(
            "- \"nospace\": true if I/O error was caused due to a no-space",
            "             condition. This key is only present if query-block's",
            "             io-status is present (json-bool, optional)",
            "- \"offset\":   Current progress value (json-int)",
            "              On success this is equal to len.");
    assertEquals(JsonType.BOOL, fields.get(0).type());
    assertTrue(fields.get(0).optional());
    assertEquals(
        "true if I/O error was caused due to a no-space condition. This key is only present if"
            + " query-block's io-status is present",
        fields.get(0).description());
    assertEquals(JsonType.INT, fields.get(1).type());
    // The type group stood at a sentence's end: cutting it out keeps the full stop it stood for.
    assertEquals(
        "Current progress value. On success this is equal to len.", fields.get(1).description());
  }

  @Test
  void typeCommentOverSeveralLinesListsValues() {
    FieldSpec type =
        fieldsOf(
                "- \"type\":     Job type (json-string; \"stream\" for image streaming",
                "                                     \"commit\" for block commit)")
            .get(0);
    assertEquals(JsonType.STRING, type.type());
    assertEquals("Job type", type.description());
    assertEquals(
        List.of(
            new EnumValue("stream", "for image streaming", new Position("t.txt", 5, 38)),
            new EnumValue("commit", "for block commit", new Position("t.txt", 6, 38))),
        type.values());
  }

  @Test
  void typeCommentWithoutValuesStaysInTheDescription() {
    FieldSpec field = fieldsOf("- \"size\": Size (json-int; in bytes)").get(0);
    assertEquals("Size (in bytes)", field.description());
  }

  @Test
  void valuesGivenInlineInTheTypeAreEnumerated() {
    List<FieldSpec> fields =
        fieldsOf(
            "- \"operation\": I/O operation (json-string, \"read\" or \"write\")",
            "- \"mode\": Mode (json-string, \"a\", \"b\" or \"c\")");
    assertEquals(List.of("read", "write"), valueNames(fields.get(0)));
    assertEquals(List.of("a", "b", "c"), valueNames(fields.get(1)));
    assertEquals("", fields.get(1).values().get(0).description());
  }

  @Test
  void typeWrittenLastAfterTheValuesItEnumeratesIsRecognised() {
    // QEMU 1.1 wrote the block job type with the value first: ("stream" for ..., json-string)
    ParseResult result =
        result(
            "- \"kind\": Job kind (\"copy\" for a full copy, json-string)",
            "- \"note\": Note (in plain words, json-string, optional)",
            "- \"size\": Size (e.g., in bytes)");
    List<FieldSpec> fields = result.document().events().get(0).fields();
    assertEquals(JsonType.STRING, fields.get(0).type());
    assertEquals("Job kind", fields.get(0).description());
    assertEquals(List.of("copy"), valueNames(fields.get(0)));
    assertEquals("for a full copy", fields.get(0).values().get(0).description());
    assertEquals(JsonType.STRING, fields.get(1).type());
    assertTrue(fields.get(1).optional());
    assertEquals("Note (in plain words)", fields.get(1).description());
    assertEquals(JsonType.OPAQUE, fields.get(2).type());
    assertEquals("Size (e.g., in bytes)", fields.get(2).description());
    assertEquals(
        List.of("t.txt:7:4: warning: field \"size\" gives no json type; kept as opaque JSON"),
        messages(result));
  }

  @Test
  void indentedValueListsAreEnumeratedWithDescriptions() {
    FieldSpec action =
        fieldsOf(
                "- \"action\": action taken, it's one of the following (json-string):",
                "    \"ignore\": error has been ignored",
                "    \"stop\": error caused VM to be stopped,",
                "            and may be resumed")
            .get(0);
    assertEquals("action taken, it's one of the following", action.description());
    assertEquals(
        List.of("error has been ignored", "error caused VM to be stopped, and may be resumed"),
        action.values().stream().map(EnumValue::description).toList());
  }

  @Test
  void valueListMayMixSpaceAndTabIndentation() {
    // a RHEL build indented its first value with spaces and the others with a tab
    FieldSpec reason =
        fieldsOf(
                "- \"why\": error reason, it's one of",
                "  the following (json-string):",
                "    \"eio\": errno EIO",
                "\t\"enospc\": errno ENOSPC",
                "- \"next\": after (json-int)")
            .get(0);
    assertEquals(List.of("eio", "enospc"), valueNames(reason));
    assertEquals("errno ENOSPC", reason.values().get(1).description());
  }

  @Test
  void valuesAFieldCanBeOrIsOneOfInProseAreEnumerated() {
    List<FieldSpec> fields =
        fieldsOf(
            "- \"status\": migration status, can be \"active\", \"completed\" or \"failed\" (json-string)",
            "- \"kind\": the kind, which is one of \"x\", \"y\" (json-string)");
    assertEquals(List.of("active", "completed", "failed"), valueNames(fields.get(0)));
    assertEquals(List.of("x", "y"), valueNames(fields.get(1)));
  }

  @Test
  void objectsNestToAnyDepth() {
    List<FieldSpec> fields =
        fieldsOf(
            "- \"a\": A (json-object)",
            "  - \"b\": B (json-object)",
            "    - \"c\": C (json-object)",
            "      - \"d\": D (json-int)",
            "  - \"e\": E (json-int)",
            "- \"f\": F (json-int)");
    assertEquals(List.of("a", "f"), names(fields));
    FieldSpec a = fields.get(0);
    assertEquals(List.of("b", "e"), names(a.fields()));
    assertEquals(List.of("d"), names(a.fields().get(0).fields().get(0).fields()));
  }

  @Test
  void arraysOfObjectsListTheirElementFieldsIndentedUnderThem() {
    FieldSpec items =
        fieldsOf(
                "- \"items\": the list (json-array of json-object)",
                "  - \"name\": Name (json-string)",
                "  - \"size\": Size (json-int, optional)")
            .get(0);
    assertEquals(JsonType.ARRAY, items.type());
    assertEquals("json-object", items.elementDescription());
    assertEquals(List.of("name", "size"), names(items.fields()));
  }

  @Test
  void optionalFieldMayComeBeforeRequiredOnes() {
    List<FieldSpec> fields =
        fieldsOf("- \"device\": name (json-string, optional)", "- \"path\": path (json-string)");
    assertEquals(List.of(true, false), fields.stream().map(FieldSpec::optional).toList());
  }

  @Test
  void fieldsWithoutAJsonTypeAreKeptAsOpaqueWithAWarning() {
    ParseResult result =
        result(
            "- data: ACPIOSTInfo type as described in qapi-schema.json",
            "- \"status\": migration status",
            "     See MigrationStatus in ~/qapi-schema.json for possible values",
            "- \"type\": Quorum operation type (Since 2.6)");
    List<FieldSpec> fields = result.document().events().get(0).fields();
    assertEquals(List.of("data", "status", "type"), names(fields));
    assertTrue(fields.stream().allMatch(f -> f.type() == JsonType.OPAQUE));
    assertEquals(
        "migration status See MigrationStatus in ~/qapi-schema.json for possible values",
        fields.get(1).description());
    assertEquals(
        List.of(
            "t.txt:5:3: warning: field \"data\" refers to a type described elsewhere; kept as opaque JSON",
            "t.txt:6:4: warning: field \"status\" refers to a type described elsewhere; kept as opaque JSON",
            "t.txt:8:4: warning: field \"type\" gives no json type; kept as opaque JSON"),
        messages(result));
  }

  @Test
  void continuationLineMayStartAtColumnZero() {
    FieldSpec reason =
        fieldsOf(
                "- \"reason\": human readable string describing the error cause.",
                "(This field is a debugging aid for humans, it should not",
                "be parsed by applications) (json-string)")
            .get(0);
    assertEquals(JsonType.STRING, reason.type());
    assertEquals(
        "human readable string describing the error cause. (This field is a debugging aid for"
            + " humans, it should not be parsed by applications)",
        reason.description());
  }

  @Test
  void jsonNumberAcceptsIntegerValuesInExamples() {
    ParseResult result =
        parse(
            "BALLOON_CHANGE",
            "--------------",
            "Data:",
            "- \"actual\": actual level in bytes (json-number)",
            "Example:",
            "{ \"event\": \"BALLOON_CHANGE\", \"data\": { \"actual\": 944766976 } }");
    assertEquals(JsonType.NUMBER, result.document().events().get(0).fields().get(0).type());
    assertEquals(List.of(), result.diagnostics());
  }

  @Test
  void anUntypedFieldWhoseValuesAreListedIsAStringEnumeration() {
    ParseResult result =
        result(
            "- 'action': action that has been taken, it's one of the following:",
            "    \"report\": error reported",
            "    \"ignore\": error ignored",
            "    \"stop\": VM stopped");
    FieldSpec action = result.document().events().get(0).fields().get(0);
    assertEquals(JsonType.STRING, action.type());
    assertEquals(List.of("report", "ignore", "stop"), valueNames(action));
    assertEquals(
        List.of(
            "t.txt:5:4: warning: field \"action\" gives no json type; its listed values make it a"
                + " json-string enumeration"),
        messages(result));
  }

  @Test
  void anAcronymAfterTheTypeGroupContinuesTheSentence() {
    List<FieldSpec> fields = fieldsOf("- \"id\": the id (json-string)", "  QEMU gave the device");
    assertEquals("the id QEMU gave the device", fields.get(0).description());
  }

  @Test
  void aLoneUntypedDataFieldStandsForTheWholeDataMember() {
    List<FieldSpec> acpi = fieldsOf(" - data: ACPIOSTInfo type as described in qapi-schema.json");
    assertEquals(Optional.of(acpi.get(0)), WholeData.field(acpi));
    assertEquals(Optional.empty(), WholeData.field(fieldsOf("- \"data\": bytes (json-int)")));
    assertEquals(
        Optional.empty(),
        WholeData.field(fieldsOf("- data: elsewhere", "- \"more\": more (json-int)")));
  }
}
