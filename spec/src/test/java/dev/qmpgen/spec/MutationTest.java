package dev.qmpgen.spec;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Feeds the parser thousands of damaged spec texts: it must return a result, with sane positions,
 * and never throw. The seed is fixed so that a failure can be replayed; the mutation that broke it
 * is in the assertion message.
 */
class MutationTest {

  /** Fixed for CI; {@code -Dqmpgen.mutation.seed=N} explores other texts. */
  private static final long SEED = Long.getLong("qmpgen.mutation.seed", 0x51ECL);

  private static final int RUNS = 10_000;
  private static final String STRUCTURE = "{}[]()\"':-,.\t\r\n ";

  private static final String VARIANTS =
      SpecTexts.lines(
          "1 SHUTDOWN, RESET",
          "------",
          "Description: Issued when powered down.",
          "Data: None.",
          "  - \"status\": status, can be \"a\" or \"b\"",
          "     See MigrationStatus in qapi-schema.json",
          "- data: ACPIOSTInfo type as described in qapi-schema.json",
          "\t- 'x':   X (int, optional)",
          "\t\t- \"y\": Y (json-array of json-object)",
          "\t\t  - \"z\": Z (json-string; \"p\" for P",
          "                \"q\" for Q)",
          "Examples:",
          "Read operation:",
          "-> { \"execute\": \"x\" }",
          "<- { \"event\": \"SHUTDOWN\", \"data\": { \"status\": \"c\", \"x\": 1.5 } }",
          "Notes: one",
          "",
          "two",
          "Since: 2.1");

  @Test
  void tenThousandMutatedSpecsNeverMakeTheParserThrow() {
    Random random = new Random(SEED);
    List<String> bases =
        List.of(
            SpecTexts.resource(SpecTexts.ORIGINAL),
            SpecTexts.resource(SpecTexts.SCRAPED),
            VARIANTS);
    for (int run = 0; run < RUNS; run++) {
      List<String> lines =
          new ArrayList<>(Arrays.asList(bases.get(random.nextInt(bases.size())).split("\n", -1)));
      StringBuilder applied = new StringBuilder("run " + run + ":");
      int mutations = 1 + random.nextInt(6);
      for (int m = 0; m < mutations; m++) {
        applied.append(' ').append(mutate(lines, random));
      }
      String text = String.join(random.nextInt(8) == 0 ? "\r\n" : "\n", lines);
      boolean dump = run % 25 == 0;
      assertDoesNotThrow(() -> check(text, dump), applied::toString);
    }
  }

  private static void check(String text, boolean dump) {
    ParseResult result = SpecParser.parse("m.txt", text);
    assertNotNull(result.document());
    int lineCount = (int) text.lines().count(); // LF, CRLF or lone CR, as the parser counts
    for (Diagnostic diagnostic : result.diagnostics()) {
      assertTrue(diagnostic.position().line() <= Math.max(1, lineCount), diagnostic::toString);
      assertFalse(diagnostic.message().startsWith("internal error"), diagnostic::toString);
    }
    if (dump) {
      assertNotNull(SpecDump.toJson(result.document()));
    }
  }

  /** Applies one random damage to {@code lines} and says which. */
  private static String mutate(List<String> lines, Random random) {
    if (lines.isEmpty()) {
      lines.add("");
    }
    int at = random.nextInt(lines.size());
    String line = lines.get(at);
    switch (random.nextInt(9)) {
      case 0 -> lines.remove(at);
      case 1 -> lines.add(at, line);
      case 2 -> {
        int other = random.nextInt(lines.size());
        lines.set(at, lines.get(other));
        lines.set(other, line);
        return "swap " + at + " " + other;
      }
      case 3 -> lines.set(at, line.substring(0, random.nextInt(line.length() + 1)));
      case 4 -> lines.set(at, " ".repeat(1 + random.nextInt(4)) + line);
      case 5 -> lines.set(at, line.stripLeading());
      case 6 -> lines.set(at, insert(line, random, (char) random.nextInt(256)));
      case 7 -> lines.set(at, insert(line, random, (char) random.nextInt(Character.MAX_VALUE + 1)));
      default ->
          lines.set(at, insert(line, random, STRUCTURE.charAt(random.nextInt(STRUCTURE.length()))));
    }
    return "line " + at;
  }

  private static String insert(String line, Random random, char c) {
    int at = random.nextInt(line.length() + 1);
    return line.substring(0, at) + c + line.substring(at);
  }
}
