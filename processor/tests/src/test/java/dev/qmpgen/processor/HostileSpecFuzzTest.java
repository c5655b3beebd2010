package dev.qmpgen.processor;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.qmpgen.spec.Diagnostic;
import dev.qmpgen.spec.ParseResult;
import dev.qmpgen.spec.SpecParser;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spec texts built to be hostile: backslash-u escapes (comment ends, quotes, braces) and other
 * markup in names, descriptions, values and examples; fields and examples nested hundreds deep;
 * runs of tens of thousands of one character. The parser returns for every one of them, and the
 * processor either generates code that compiles or reports errors on the annotation, never inside a
 * generated file, and no text from a spec ever runs. The seed is fixed, so a failure replays;
 * {@code -Dqmpgen.fuzz.seed=N} explores other texts. The timeout only guards against a hang.
 */
class HostileSpecFuzzTest {

  private static final long SEED = Long.getLong("qmpgen.fuzz.seed", 0x14L);
  private static final int PARSES = 1_500;
  private static final int COMPILES = 25;

  /** Escapes are written with a doubled backslash in this file, or javac would read them here. */
  private static final List<String> HOSTILE =
      List.of(
          "\\u002a/",
          "/\\u002a",
          "\\u0022",
          "\\u007b",
          "\\u007d",
          "\\u000a",
          "\\uuuu002a/",
          "\\\\u002a/",
          "\\",
          "C:\\users\\qemu",
          "*/",
          "/*",
          "@",
          "{@code",
          "}",
          "<b>",
          "&amp;",
          "\u2028",
          "\ud83d\ude00",
          "\u00e9",
          "\"",
          "'",
          ":",
          "(json-int)",
          "(json-object",
          "EVIL(String.valueOf(System.setProperty(\"qmpgen.fuzz\", \"ran\"))),");

  private static final String RUNS = ":(\"'{}[]-* \t\\";

  @TempDir Path dir;

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void theParserReturnsForEveryHostileText() {
    Random random = new Random(SEED);
    for (int i = 0; i < PARSES; i++) {
      int run = i;
      String text = spec(random);
      int lines = text.split("\n", -1).length;
      ParseResult result = assertDoesNotThrow(() -> SpecParser.parse("f.txt", text), "run " + run);
      for (Diagnostic diagnostic : result.diagnostics()) {
        assertTrue(diagnostic.position().line() <= lines, diagnostic::toString);
        assertFalse(
            diagnostic.message().startsWith("internal error"),
            () -> "run " + run + ": " + diagnostic);
      }
    }
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void theProcessorCompilesOrReportsOnTheAnnotationAndNoSpecTextRuns() throws Exception {
    Random random = new Random(SEED + 1);
    int compiled = 0;
    for (int i = 0; i < COMPILES; i++) {
      int run = i;
      String name = "fuzz" + run + ".txt";
      Compilations.write(dir, name, spec(random));
      Compilation compilation = Compilations.compile(dir, name, true);
      Compilations.assertNoStackTrace(compilation);
      for (javax.tools.Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
        JavaFileObject source = error.getSource();
        assertTrue(
            source != null && source.getName().endsWith("package-info.java"),
            () -> "run " + run + ": an error inside generated code: " + error);
      }
      if (compilation.status() == Compilation.Status.SUCCESS) {
        compiled++;
        ClassLoader loader = new CompiledClasses(compilation, getClass().getClassLoader());
        for (JavaFileObject file : compilation.generatedFiles()) {
          String path = file.toUri().getPath();
          if (file.getKind() == JavaFileObject.Kind.CLASS && path.contains("/CLASS_OUTPUT/")) {
            String className =
                path.substring(path.indexOf("/CLASS_OUTPUT/") + 14, path.length() - 6)
                    .replace('/', '.');
            Class.forName(className, true, loader); // runs every static initialiser
          }
        }
      }
      assertNull(System.getProperty("qmpgen.fuzz"), "run " + run + ": text from the spec ran");
    }
    assertTrue(
        compiled >= COMPILES / 5,
        "only " + compiled + " of the texts compiled: the fuzz no longer reaches javac");
  }

  /** One event (sometimes two) whose every part may be hostile. */
  private static String spec(Random random) {
    StringBuilder text = new StringBuilder("  Fuzz Events\n  ===========\n\n");
    int events = 1 + random.nextInt(2);
    for (int e = 0; e < events; e++) {
      String event =
          "EVENT_" + e + (random.nextInt(4) == 0 ? "_" + "X".repeat(random.nextInt(400)) : "");
      text.append(event).append('\n').append("-".repeat(event.length())).append("\n\n");
      text.append("Description: ").append(prose(random)).append("\n\nData:\n\n");
      int fields = 1 + random.nextInt(6);
      int depth = 0;
      for (int f = 0; f < fields; f++) {
        depth =
            random.nextInt(5) == 0
                ? random.nextInt(300)
                : Math.max(0, depth + random.nextInt(3) - 1);
        String type =
            List.of("json-object", "json-string", "json-int", "json-array", "json-string, optional")
                .get(random.nextInt(5));
        text.append(" ".repeat(depth))
            .append("- \"")
            .append(word(random))
            .append("\": ")
            .append(prose(random))
            .append(" (")
            .append(type)
            .append(")")
            .append(random.nextInt(6) == 0 ? run(random, ':') : "")
            .append('\n');
        if (type.startsWith("json-string") && random.nextBoolean()) {
          for (int value = 0; value < 2; value++) {
            text.append(" ".repeat(depth + 2))
                .append('"')
                .append(word(random))
                .append("\": ")
                .append(prose(random))
                .append('\n');
          }
        }
      }
      text.append("\nExample:\n\n").append(example(random, event)).append("\n\n");
      if (random.nextBoolean()) {
        text.append("Note: ").append(prose(random)).append("\n\n");
      }
      text.append("Since: ").append(prose(random)).append("\n\n");
    }
    return text.toString();
  }

  private static String example(Random random, String event) {
    int depth = random.nextInt(4) == 0 ? random.nextInt(2_000) : random.nextInt(4);
    return "{ \"event\": \""
        + event
        + "\", \"data\": { \""
        + word(random)
        + "\": "
        + "[".repeat(depth)
        + "\""
        + word(random)
        + "\""
        + "]".repeat(depth)
        + " },\n  \"timestamp\": { \"seconds\": 1, \"microseconds\": 2 } }";
  }

  private static String prose(Random random) {
    StringBuilder prose = new StringBuilder("text");
    int pieces = random.nextInt(5);
    for (int i = 0; i < pieces; i++) {
      prose
          .append(' ')
          .append(
              random.nextInt(8) == 0
                  ? run(random, RUNS.charAt(random.nextInt(RUNS.length())))
                  : HOSTILE.get(random.nextInt(HOSTILE.size())));
    }
    return prose.toString();
  }

  private static String word(Random random) {
    return "w"
        + random.nextInt(100)
        + (random.nextInt(3) == 0
            ? HOSTILE.get(random.nextInt(HOSTILE.size())).replace("\"", "")
            : "");
  }

  private static String run(Random random, char c) {
    return String.valueOf(c).repeat(1_000 + random.nextInt(30_000));
  }
}
