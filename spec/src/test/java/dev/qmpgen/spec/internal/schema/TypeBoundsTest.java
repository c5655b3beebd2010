package dev.qmpgen.spec.internal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qmpgen.spec.Diagnostic;
import dev.qmpgen.spec.FieldSpec;
import dev.qmpgen.spec.ParseResult;
import dev.qmpgen.spec.SchemaParser;
import dev.qmpgen.spec.internal.parser.FieldTree;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A capture's types are resolved within bounds, whatever the capture: as deep as the spec text's
 * fields may nest, and to a fixed number of type uses however often types use each other. Past
 * either, one error says where, and the parser returns as usual (no stack overflow, no hang).
 */
class TypeBoundsTest {

  @Test
  void typesNestedDeeperThanTheBoundAreOneErrorAtTheReferenceTooDeep() {
    int levels = 5_000;
    List<String> lines = new ArrayList<>();
    for (int level = 0; level < levels; level++) {
      lines.add(object("t" + level, "t" + (level + 1)));
    }
    lines.add(object("t" + levels));
    ParseResult result = parse(lines);

    // The member of t16 is the 17th level; its type reference is where the bound is passed.
    String tooDeep = lines.get(FieldTree.MAX_DEPTH);
    int column = tooDeep.indexOf("\"t" + (FieldTree.MAX_DEPTH + 1) + "\"") + 1;
    assertEquals(
        List.of(
            "capture.json:"
                + (FieldTree.MAX_DEPTH + 3)
                + ":"
                + column
                + ": error: member \"m0\" nests deeper than "
                + FieldTree.MAX_DEPTH
                + " levels; it is skipped with its members"),
        result.diagnostics().stream().map(Diagnostic::toString).toList());
    int depth = 0;
    for (List<FieldSpec> level = fields(result); !level.isEmpty(); level = level.get(0).fields()) {
      depth++;
    }
    assertEquals(FieldTree.MAX_DEPTH, depth);
  }

  @Test
  void typesUsingEachOtherManyTimesStopAtTheBoundOfTypeUses() {
    // Each of 16 levels uses the next type twice: 2^17 - 2 members if all were resolved.
    List<String> doubling = new ArrayList<>();
    for (int level = 0; level < FieldTree.MAX_DEPTH; level++) {
      doubling.add(object("t" + level, "t" + (level + 1), "t" + (level + 1)));
    }
    doubling.add(object("t" + FieldTree.MAX_DEPTH));
    // Ten types each using all ten: one resolution per path without a repeated type.
    List<String> clique = new ArrayList<>();
    String[] everyType = new String[10];
    for (int type = 0; type < everyType.length; type++) {
      everyType[type] = "t" + type;
    }
    for (String type : everyType) {
      clique.add(object(type, everyType));
    }

    for (List<String> capture : List.of(doubling, clique)) {
      ParseResult result = parse(capture);
      List<String> messages = result.diagnostics().stream().map(Diagnostic::message).toList();
      assertEquals(1, messages.size(), messages::toString);
      assertTrue(
          messages
              .get(0)
              .startsWith(
                  "the events' types expand past " + SchemaResolver.MAX_TYPE_USES + " members"),
          messages.get(0));
      long members = count(fields(result));
      assertTrue(
          members > 0 && members <= SchemaResolver.MAX_TYPE_USES, () -> members + " members");
    }
  }

  /** An object type whose members m0, m1... have the types {@code memberTypes}. */
  private static String object(String name, String... memberTypes) {
    List<String> members = new ArrayList<>();
    for (int member = 0; member < memberTypes.length; member++) {
      members.add("{\"name\": \"m" + member + "\", \"type\": \"" + memberTypes[member] + "\"}");
    }
    return "{\"name\": \""
        + name
        + "\", \"meta-type\": \"object\", \"members\": ["
        + String.join(", ", members)
        + "]}";
  }

  /** Event E with data type t0, then {@code types}, one per line from line 3. */
  private static ParseResult parse(List<String> types) {
    return SchemaParser.parse(
        "capture.json",
        "[\n{\"name\": \"E\", \"meta-type\": \"event\", \"arg-type\": \"t0\"},\n"
            + String.join(",\n", types)
            + "\n]\n");
  }

  private static List<FieldSpec> fields(ParseResult result) {
    return result.document().event("E").orElseThrow().fields();
  }

  private static long count(List<FieldSpec> fields) {
    long count = fields.size();
    for (FieldSpec field : fields) {
      count += count(field.fields());
    }
    return count;
  }
}
