package dev.qmpgen.spec.internal.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qmpgen.spec.Diagnostic;
import dev.qmpgen.spec.FieldSpec;
import dev.qmpgen.spec.ParseResult;
import dev.qmpgen.spec.SpecDump;
import dev.qmpgen.spec.SpecParser;
import dev.qmpgen.spec.SpecTexts;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Nesting far past anything QEMU wrote (its fields nest 3 deep, its examples 5) is reported at the
 * line where it passes the bound, and the parser returns as usual: nothing recurses once per level
 * of the text without a bound.
 */
class DeepNestingTest {

  private static final int LEVELS = 5_000;

  @Test
  void fieldsNestedDeeperThanTheBoundAreOneErrorAtTheFirstLineTooDeep() {
    StringBuilder text = new StringBuilder("E\n-\nData:\n");
    for (int level = 0; level < LEVELS; level++) {
      text.append(" ".repeat(level))
          .append("- \"f")
          .append(level)
          .append("\": level ")
          .append(level)
          .append(" (json-object)\n");
    }
    ParseResult result = SpecParser.parse("t.txt", text.toString());

    int firstTooDeep = FieldTree.MAX_DEPTH; // 0-based level of the first field past the bound
    assertEquals(
        List.of(
            "t.txt:"
                + (4 + firstTooDeep)
                + ":"
                + (firstTooDeep + 1)
                + ": error: field \"f"
                + firstTooDeep
                + "\" nests deeper than "
                + FieldTree.MAX_DEPTH
                + " levels; it is skipped with its members"),
        result.diagnostics().stream().map(Diagnostic::toString).toList());
    assertEquals(FieldTree.MAX_DEPTH, depth(result.document().events().get(0).fields()));
    assertTrue(SpecDump.toJson(result.document()).contains("\"f" + (firstTooDeep - 1) + "\""));
  }

  @Test
  void anExampleNestedDeeperThanTheBoundIsReportedAsBrokenAtItsLine() {
    String deep = "[".repeat(LEVELS) + "]".repeat(LEVELS);
    ParseResult result =
        SpecTexts.parse(
            "E",
            "-",
            "Data:",
            "- \"a\": a (json-array)",
            "Example:",
            "{ \"event\": \"E\", \"data\": { \"a\": " + deep + " } }");
    List<Diagnostic> tooDeep =
        result.diagnostics().stream().filter(d -> d.message().contains("nesting depth")).toList();
    assertEquals(1, tooDeep.size(), result.diagnostics()::toString);
    assertEquals(6, tooDeep.get(0).position().line());
    assertTrue(SpecDump.toJson(result.document()).contains("\"E\""));
  }

  @Test
  void fieldsPlacedByDeepExampleEvidenceStopAtTheBound() {
    // Indentation lost: every bullet at column 0, nesting rebuilt from the example's keys.
    int levels = JsonTreeReader.MAX_DEPTH - 4;
    StringBuilder text = new StringBuilder("E\n-\nData:\n");
    StringBuilder data = new StringBuilder();
    for (int level = 0; level < levels; level++) {
      text.append("- \"f")
          .append(level)
          .append("\": level ")
          .append(level)
          .append(" (json-object)\n");
      data.append("{ \"f").append(level).append("\": ");
    }
    text.append("Example:\n{ \"event\": \"E\", \"data\": ")
        .append(data)
        .append("{}")
        .append(" }".repeat(levels))
        .append(" }\n");
    ParseResult result = SpecParser.parse("t.txt", text.toString());
    assertTrue(
        result.diagnostics().stream().anyMatch(d -> d.message().contains("nests deeper than")),
        result.diagnostics()::toString);
    assertEquals(FieldTree.MAX_DEPTH, depth(result.document().events().get(0).fields()));
  }

  private static int depth(List<FieldSpec> fields) {
    int depth = 0;
    for (List<FieldSpec> level = fields; !level.isEmpty(); level = level.get(0).fields()) {
      depth++;
    }
    return depth;
  }
}
