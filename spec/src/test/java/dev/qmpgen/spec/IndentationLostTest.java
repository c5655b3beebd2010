package dev.qmpgen.spec;

import static dev.qmpgen.spec.SpecTexts.messages;
import static dev.qmpgen.spec.SpecTexts.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Field lists whose indentation was lost: nesting comes from the example, else from the rule. */
class IndentationLostTest {

  /** The nesting as one line: each field's name, its members in brackets ({@code a(b, c), d}). */
  private static String nesting(List<FieldSpec> fields) {
    return fields.stream()
        .map(f -> f.fields().isEmpty() ? f.name() : f.name() + "(" + nesting(f.fields()) + ")")
        .collect(Collectors.joining(", "));
  }

  /** A spec of one event, E, whose section is "Data:" and then {@code lines}, as they stand. */
  private static ParseResult parseData(String... lines) {
    return parse(
        Stream.concat(Stream.of("E", "-", "Data:"), Stream.of(lines)).toArray(String[]::new));
  }

  private static List<FieldSpec> fields(ParseResult result) {
    return result.document().events().get(0).fields();
  }

  /** The section {@code lines} parse to {@code expected} nesting, with nothing left to assume. */
  private static void assertNestsWithoutFindings(String expected, String... lines) {
    ParseResult result = parseData(lines);
    assertEquals(expected, nesting(fields(result)));
    assertEquals(List.of(), result.diagnostics(), "the example settles every placement");
  }

  @Test
  void flattenedSeedRebuildsNestingFromExample() {
    assertNestsWithoutFindings(
        "outer(inner(deep), list(name)), top",
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
    assertEquals("server(host), client(host, port)", nesting(fields(result)));
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
    assertEquals("a(x), x", nesting(fields(result)));
  }

  @Test
  void exampleEvidenceOutranksTheRule() {
    assertNestsWithoutFindings(
        "server(host), id",
        "- \"server\": Server (json-object)",
        "- \"host\": IP (json-string)",
        "- \"id\": Id (json-int)",
        "Example:",
        "{ \"event\": \"E\", \"data\": { \"server\": { \"host\": \"h\" }, \"id\": 1 } }");
  }

  @Test
  void sectionWithAnyIndentedLineKeepsItsIndentationNesting() {
    assertNestsWithoutFindings(
        "server, port",
        "- \"server\": Server (json-object)",
        "- \"port\": Port (json-int)",
        "Example:",
        "{ \"event\": \"E\",",
        "  \"data\": { \"server\": {}, \"port\": 1 } }");
  }
}
