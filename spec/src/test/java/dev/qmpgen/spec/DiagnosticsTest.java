package dev.qmpgen.spec;

import static dev.qmpgen.spec.SpecTexts.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each error and lint warning, with its message and exact line and column. */
class DiagnosticsTest {

  private static List<String> messages(ParseResult result) {
    return result.diagnostics().stream().map(Diagnostic::toString).toList();
  }

  /**
   * A one-event spec: fields after "Data:" (from line 4), then an example (from line 4 + n + 1).
   */
  private static ParseResult withExample(List<String> fields, String... example) {
    List<String> lines = new java.util.ArrayList<>(List.of("E", "-", "Data:"));
    lines.addAll(fields);
    lines.add("Example:");
    lines.addAll(List.of(example));
    return parse(lines.toArray(String[]::new));
  }

  @Test
  void fieldLineMatchingNoFormIsAnErrorAndTheOtherFieldsRemain() {
    ParseResult result =
        parse(
            "E",
            "-",
            "Data:",
            "- \"a\" the colon is missing (json-int)",
            "  - : no name (json-int)",
            "- \"b\": fine (json-int)");
    assertEquals(
        List.of(
            "t.txt:4:1: error: field line matches no form; expected - \"name\": description (json-type)",
            "t.txt:5:3: error: field line matches no form; expected - \"name\": description (json-type)"),
        messages(result));
    assertEquals(
        List.of("b"),
        result.document().events().get(0).fields().stream().map(FieldSpec::name).toList());
  }

  @Test
  void unrecognisedTypeIsAnErrorAtTheTypeWord() {
    ParseResult result =
        parse(
            "E",
            "-",
            "Data:",
            "- \"a\": thing (json-strnig)",
            "- \"b\": other",
            "  more (strnig, optional)");
    assertEquals(
        List.of(
            "t.txt:4:15: error: unrecognised type \"json-strnig\" for field \"a\"; expected json-string,"
                + " json-int, json-number, json-bool, json-object or json-array",
            "t.txt:6:9: error: unrecognised type \"strnig\" for field \"b\"; expected json-string,"
                + " json-int, json-number, json-bool, json-object or json-array"),
        messages(result));
    assertEquals(JsonType.UNRECOGNISED, result.document().events().get(0).fields().get(0).type());
  }

  @Test
  void duplicateEventIsAnErrorAndTheFirstDefinitionWins() {
    ParseResult result = parse("RESET", "-----", "First.", "", "RESET", "-----", "Second.");
    assertEquals(
        List.of("t.txt:5:1: error: duplicate event \"RESET\", first defined at line 1"),
        messages(result));
    assertEquals("First.", result.document().events().get(0).description());
    assertEquals(1, result.document().events().size());
  }

  @Test
  void onlyTheEventWhoseSectionHoldsAnErrorIsMarkedAsHavingErrors() {
    ParseResult result =
        parse(
            "RESET",
            "-----",
            "First.",
            "",
            "E",
            "-",
            "Data:",
            "- \"a\": A (json-strnig)",
            "",
            "RESET",
            "-----",
            "Second.",
            "",
            "F",
            "-",
            "Data: None.");
    assertEquals(java.util.Set.of("E"), result.eventsWithErrors());
    assertEquals(
        List.of("RESET", "E", "F"),
        result.document().events().stream().map(EventSpec::name).toList());
  }

  @Test
  void duplicateFieldIsAnErrorAtEachLevel() {
    ParseResult result =
        parse(
            "E",
            "-",
            "Data:",
            "- \"a\": A (json-int)",
            "- \"a\": A again (json-int)",
            "- \"o\": O (json-object)",
            "  - \"x\": X (json-int)",
            "  - \"x\": X again (json-int)");
    assertEquals(
        List.of(
            "t.txt:5:1: error: duplicate field \"a\"",
            "t.txt:8:3: error: duplicate field \"x\" in \"o\""),
        messages(result));
  }

  @Test
  void exampleThatIsNotValidJsonIsAWarningAtTheBrokenTokenAndKeptAsText() {
    ParseResult result =
        withExample(List.of(), "{ \"event\": \"E\",", "  \"data\": { \"a\": tru } }");
    assertEquals(
        List.of(
            "t.txt:6:18: warning: example is not valid JSON: Unrecognized token 'tru': was expecting"
                + " (JSON String, Number, Array, Object or token 'null', 'true' or 'false')"),
        messages(result));
    ExampleSpec example = result.document().events().get(0).examples().get(0);
    assertEquals(false, example.wellFormed());
    assertEquals("{ \"event\": \"E\",\n  \"data\": { \"a\": tru } }", example.json());
  }

  @Test
  void missingCommaBetweenMembersIsAWarningAtTheNextMember() {
    ParseResult result =
        withExample(
            List.of("- \"a\": A (json-int)"),
            "{ \"event\": \"E\"",
            "  \"data\": { \"a\": 1 },",
            "  \"timestamp\": { \"seconds\": 1, \"microseconds\": 2 } }");
    assertEquals(
        List.of(
            "t.txt:7:3: warning: example is not valid JSON: Unexpected character ('\"' (code 34)):"
                + " was expecting comma to separate Object entries"),
        messages(result));
    assertEquals(1, result.document().events().get(0).fields().size());
  }

  @Test
  void strayBraceOnTheLineAfterAValidExampleIsAWarningAndTheExampleStaysJson() {
    ParseResult result =
        withExample(
            List.of("- \"a\": A (json-int)"),
            "{ \"event\": \"E\",",
            "  \"data\": { \"a\": 1 } }",
            "}",
            "",
            "More prose.");
    assertEquals(
        List.of(
            "t.txt:8:1: warning: stray closing brace after the complete example above; ignored"),
        messages(result));
    EventSpec event = result.document().events().get(0);
    assertEquals("{ \"event\": \"E\",\n  \"data\": { \"a\": 1 } }", event.examples().get(0).json());
    assertEquals(true, event.examples().get(0).wellFormed());
    assertEquals("More prose.", event.description());
  }

  @Test
  void unbalancedExampleIsReportedAtTheEndOfItsText() {
    ParseResult result =
        withExample(List.of(), "{ \"event\": \"E\",", "  \"data\": { \"a\": 1 }", "", "Since: 1.0");
    assertEquals(
        List.of(
            "t.txt:6:21: warning: example is not valid JSON: Unexpected end-of-input: expected close marker for Object"),
        messages(result));
  }

  @Test
  void exampleNamingAnotherEventIsAWarningAtTheName() {
    ParseResult result =
        parse("STOP", "----", "Data: None.", "Example:", "{ \"event\": \"SHUTDOWN\" }");
    assertEquals(
        List.of(
            "t.txt:5:12: warning: example names event \"SHUTDOWN\", but the heading is \"STOP\""),
        messages(result));
  }

  @Test
  void exampleDataKeyMissingFromTheFieldListIsAWarningAtTheKey() {
    ParseResult result =
        withExample(
            List.of("- \"o\": O (json-object)", "  - \"x\": X (json-int)"),
            "{ \"event\": \"E\",",
            "  \"data\": { \"o\": { \"x\": 1, \"y\": 2 }, \"z\": 3 } }");
    assertEquals(
        List.of(
            "t.txt:8:28: warning: example data key \"y\" is not in the members of \"o\"",
            "t.txt:8:38: warning: example data key \"z\" is not in the field list"),
        messages(result));
  }

  @Test
  void requiredFieldMissingFromTheExampleIsAWarningAtItsObject() {
    ParseResult result =
        withExample(
            List.of(
                "- \"a\": A (json-int)",
                "- \"b\": B (json-int, optional)",
                "- \"c\": C (json-int)"),
            "{ \"event\": \"E\",",
            "  \"data\": { \"b\": 1 } }");
    assertEquals(
        List.of(
            "t.txt:9:11: warning: required field \"a\" is missing from the example",
            "t.txt:9:11: warning: required field \"c\" is missing from the example"),
        messages(result));
  }

  @Test
  void loneOpaqueDataFieldStandsForTheWholeDataMemberInTheLint() {
    // "- data: XInfo type as described in ..." describes the data member, not a key inside it
    ParseResult result =
        withExample(
            List.of(" - data: XInfo type as described in the schema"),
            "{ \"event\": \"E\", \"data\": { \"slot\": \"0\", \"status\": 0 } }");
    assertEquals(
        List.of(
            "t.txt:4:4: warning: field \"data\" refers to a type described elsewhere; kept as opaque JSON"),
        messages(result));
  }

  @Test
  void requiredFieldOfAnExampleWithoutDataIsReportedAtTheExample() {
    ParseResult result = withExample(List.of("- \"a\": A (json-int)"), "{ \"event\": \"E\" }");
    assertEquals(
        List.of("t.txt:6:1: warning: required field \"a\" is missing from the example"),
        messages(result));
  }

  @Test
  void valueOutsideTheEnumeratedOnesIsAWarningAtTheValue() {
    ParseResult result =
        withExample(
            List.of("- \"op\": O (json-string, \"read\" or \"write\")"),
            "{ \"event\": \"E\", \"data\": { \"op\": \"flush\" } }");
    assertEquals(
        List.of(
            "t.txt:6:33: warning: value \"flush\" of \"op\" is not among its enumerated values \"read\", \"write\""),
        messages(result));
  }

  @Test
  void aKeyAnExampleRepeatsKeepsItsFirstValueWithoutAWord() {
    // The second "n" would be a json-string where the field is declared json-int.
    ParseResult result =
        withExample(
            List.of("- \"n\": N (json-int)"),
            "{ \"event\": \"E\", \"data\": { \"n\": 1, \"n\": \"one\" } }");
    assertEquals(List.of(), messages(result));
    assertEquals(true, result.document().events().get(0).examples().get(0).wellFormed());
  }

  @Test
  void valueOfAnotherJsonTypeIsAWarningAtTheValue() {
    ParseResult result =
        withExample(
            List.of("- \"n\": N (json-int)", "- \"s\": S (json-string)", "- \"f\": F (json-bool)"),
            "{ \"event\": \"E\", \"data\": { \"n\": 1.5, \"s\": 2, \"f\": true } }");
    assertEquals(
        List.of(
            "t.txt:8:32: warning: value of \"n\" is a json-number, but the field is declared json-int",
            "t.txt:8:42: warning: value of \"s\" is a json-int, but the field is declared json-string"),
        messages(result));
  }

  @Test
  void textBeforeTheTitleIsSkippedWithAWarning() {
    ParseResult result =
        parse("Notifications", "1", "2", "", "Title", "=====", "", "E", "-", "Data: None.");
    assertEquals(
        List.of(
            "t.txt:1:1: warning: skipped 3 non-blank lines before the title \"Title\" (line 5)"),
        messages(result));
    assertEquals(1, result.document().events().size());
  }

  @Test
  void diagnosticsComeInTextOrder() {
    ParseResult result =
        parse(
            "E", "-", "Data:", "- \"b\" broken", "Example:", "{ \"event\": \"X\" }", "", "E", "-");
    assertEquals(
        List.of(4, 6, 8), result.diagnostics().stream().map(d -> d.position().line()).toList());
  }
}
