package dev.qmpgen.spec;

import static dev.qmpgen.spec.SpecTexts.messages;
import static dev.qmpgen.spec.SpecTexts.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Field lists whose indentation was lost: nesting comes from the example, else from the rule. */
class IndentationLostTest {

  private static List<String> names(List<FieldSpec> fields) {
    return fields.stream().map(FieldSpec::name).toList();
  }

  /** A spec of one event, E, whose section is "Data:" and then {@code lines}, as they stand. */
  private static ParseResult parseData(String... lines) {
    return parse(
        Stream.concat(Stream.of("E", "-", "Data:"), Stream.of(lines)).toArray(String[]::new));
  }

  private static List<FieldSpec> fields(ParseResult result) {
    return result.document().events().get(0).fields();
  }

  @Test
  void flattenedSeedRebuildsNestingFromExample() {
    ParseResult result =
        parseData(
            "- \"outer\": Outer (json-object)",
            "- \"inner\": Inner (json-object)",
            "- \"deep\": Deep (json-int)",
            "- \"list\": List (json-array)",
            "- \"name\": Name (json-string)",
            "- \"top\": Top (json-int)",
            "Example:",
            "{ \"event\": \"E\",",
            "\"data\": { \"outer\": { \"inner\": { \"deep\": 1 }, \"list\": [ { \"name\": \"n\" } ] },",
            "\"top\": 2 } }");
    List<FieldSpec> fields = fields(result);
    assertEquals(List.of("outer", "top"), names(fields));
    assertEquals(List.of("inner", "list"), names(fields.get(0).fields()));
    assertEquals(List.of("deep"), names(fields.get(0).fields().get(0).fields()));
    assertEquals(List.of("name"), names(fields.get(0).fields().get(1).fields()));
    assertEquals(List.of(), result.diagnostics(), "the example settles every placement");
  }

  @Test
  void withoutExampleObjectFieldsOpenGroupsAndEachAssumptionIsReported() {
    ParseResult result =
        parseData(
            "- \"server\": Server (json-object)",
            "- \"host\": IP (json-string)",
            "- \"client\": Client (json-object)",
            "- \"host\": IP (json-string)",
            "- \"port\": Port (json-string)");
    List<FieldSpec> fields = fields(result);
    assertEquals(List.of("server", "client"), names(fields));
    assertEquals(List.of("host"), names(fields.get(0).fields()));
    assertEquals(List.of("host", "port"), names(fields.get(1).fields()));
    assertEquals(
        List.of(
            "t.txt:5:1: warning: indentation lost and no example shows where \"host\" belongs;"
                + " assumed a member of \"server\"",
            "t.txt:6:1: warning: indentation lost and no example shows where \"client\" belongs;"
                + " assumed a top-level field",
            "t.txt:7:1: warning: indentation lost and no example shows where \"host\" belongs;"
                + " assumed a member of \"client\"",
            "t.txt:8:1: warning: indentation lost and no example shows where \"port\" belongs;"
                + " assumed a member of \"client\""),
        messages(result));
  }

  @Test
  void aNameTheOpenObjectAlreadyHasClosesIt() {
    ParseResult result =
        parseData(
            "- \"a\": A (json-object)", "- \"x\": X (json-int)", "- \"x\": X again (json-int)");
    List<FieldSpec> fields = fields(result);
    assertEquals(List.of("a", "x"), names(fields));
    assertEquals(List.of("x"), names(fields.get(0).fields()));
  }

  @Test
  void exampleEvidenceOutranksTheRule() {
    ParseResult result =
        parseData(
            "- \"server\": Server (json-object)",
            "- \"host\": IP (json-string)",
            "- \"id\": Id (json-int)",
            "Example:",
            "{ \"event\": \"E\", \"data\": { \"server\": { \"host\": \"h\" }, \"id\": 1 } }");
    List<FieldSpec> fields = fields(result);
    assertEquals(List.of("server", "id"), names(fields));
    assertEquals(List.of("host"), names(fields.get(0).fields()));
    assertEquals(List.of(), result.diagnostics());
  }

  @Test
  void sectionWithAnyIndentedLineKeepsItsIndentationNesting() {
    ParseResult result =
        parseData(
            "- \"server\": Server (json-object)",
            "- \"port\": Port (json-int)",
            "Example:",
            "{ \"event\": \"E\",",
            "  \"data\": { \"server\": {}, \"port\": 1 } }");
    assertEquals(List.of("server", "port"), names(fields(result)));
    assertEquals(List.of(), result.diagnostics());
  }
}
