package dev.qmpgen.spec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code dump} and {@code lint} commands: output and exit status. */
class SpecCommandTest {

  @TempDir Path directory;

  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        SpecCommand.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Path write(String name, String... lines) {
    try {
      return Files.writeString(directory.resolve(name), String.join("\n", lines) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void dumpPrintsTheDocumentedShape() {
    Path spec =
        write(
            "s.txt",
            "E",
            "-",
            "Emitted.",
            "",
            "Data:",
            "",
            "- \"o\": O (json-object)",
            "  - \"k\": K (json-string, \"a\" or \"b\")",
            "",
            "Example:",
            "",
            "{ \"event\": \"E\", \"data\": { \"o\": { \"k\": \"a\" } } }",
            "",
            "Note: noted.",
            "",
            "Since: 1.0");
    Run run = run("dump", spec.toString());
    assertEquals(0, run.status());
    assertEquals("", run.err());
    String expected =
        String.join(
            "\n",
            "{",
            "  \"events\": [ {",
            "    \"name\": \"E\",",
            "    \"line\": 1,",
            "    \"description\": \"Emitted.\",",
            "    \"since\": \"1.0\",",
            "    \"fields\": [ {",
            "      \"name\": \"o\",",
            "      \"type\": \"json-object\",",
            "      \"optional\": false,",
            "      \"description\": \"O\",",
            "      \"values\": [],",
            "      \"fields\": [ {",
            "        \"name\": \"k\",",
            "        \"type\": \"json-string\",",
            "        \"optional\": false,",
            "        \"description\": \"K\",",
            "        \"values\": [ {",
            "          \"name\": \"a\",",
            "          \"description\": \"\"",
            "        }, {",
            "          \"name\": \"b\",",
            "          \"description\": \"\"",
            "        } ],",
            "        \"fields\": []",
            "      } ]",
            "    } ],",
            "    \"examples\": [ {",
            "      \"event\": \"E\",",
            "      \"data\": {",
            "        \"o\": {",
            "          \"k\": \"a\"",
            "        }",
            "      }",
            "    } ],",
            "    \"notes\": [ \"noted.\" ]",
            "  } ]",
            "}",
            "");
    assertEquals(expected, run.out());
  }

  @Test
  void dumpWritesMissingSinceAsNullAndABrokenExampleAsItsText() {
    Path spec = write("s.txt", "E", "-", "Example:", "{ \"event\": \"E\"", "  \"x\": 1 }");
    Run run = run("dump", spec.toString());
    assertEquals(0, run.status());
    assertTrue(run.out().contains("\"since\": null,"), run.out());
    assertTrue(
        run.out().contains("\"examples\": [ \"{ \\\"event\\\": \\\"E\\\"\\n  \\\"x\\\": 1 }\" ]"),
        run.out());
    assertTrue(run.err().startsWith(spec + ":5:3: warning: example is not valid JSON"), run.err());
  }

  @Test
  void lintOfTheCanonicalSpecPrintsTheStopWarningAndExitsZero() {
    Path spec = write("qmp-events.txt", dev.qmpgen.spec.BundledSpec.text());
    Run run = run("lint", spec.toString());
    assertEquals(0, run.status());
    assertEquals(
        List.of(
            spec
                + ":92:12: warning: example names event \"SHUTDOWN\", but the heading is \"STOP\""),
        run.out().lines().toList());
  }

  @Test
  void lintExitsOneOnErrorsAndListsEveryFinding() {
    Path spec = write("bad.txt", "E", "-", "Data:", "- \"a\" no colon", "- \"b\": B (json-strnig)");
    Run run = run("lint", spec.toString());
    assertEquals(1, run.status());
    assertEquals(
        List.of(
            spec
                + ":4:1: error: field line matches no form; expected - \"name\": description (json-type)",
            spec
                + ":5:11: error: unrecognised type \"json-strnig\" for field \"b\"; expected json-string,"
                + " json-int, json-number, json-bool, json-object or json-array"),
        run.out().lines().toList());
  }

  @Test
  void lintOfACleanSpecPrintsNothingAndExitsZero() {
    Run run = run("lint", write("ok.txt", "E", "-", "Data: None.").toString());
    assertEquals(new Run(0, "", ""), run);
  }

  @Test
  void wrongArgumentsAreAUsageErrorWithStatusTwo() {
    for (String[] args :
        List.of(
            new String[] {},
            new String[] {"dump"},
            new String[] {"format", "x"},
            new String[] {"lint", "a", "b"})) {
      Run run = run(args);
      assertEquals(2, run.status());
      assertEquals("usage: qmpgen-spec (dump|lint) FILE\n", run.err());
    }
  }

  @Test
  void unreadableFileIsAnIoErrorWithStatusTwo() {
    Run run = run("lint", directory.resolve("missing.txt").toString());
    assertEquals(2, run.status());
    assertTrue(run.err().contains("missing.txt: cannot read"), run.err());
    assertEquals("", run.out());
  }
}
