package dev.qmpgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.qmpgen.runtime.EventRegistry;
import dev.qmpgen.runtime.QmpEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor copes with whatever the parser accepts: fields nested as deep as the parser allows,
 * with long names, compile to files whose names every file system takes (255 bytes), and deeper
 * nesting is a javac error on the annotation, not a crash.
 */
class DeepSpecTest {

  private static final String HEAD = "  Test Events\n  ===========\n\n";
  private static final int PARSER_DEPTH = 16;
  private static final int MAX_FILE_NAME_BYTES = 255;

  @TempDir Path dir;

  @Test
  void fieldsNestedAsDeepAsTheParserAllowsWithLongNamesCompileToShortFileNames() throws Exception {
    String event = "E".repeat(300);
    StringBuilder text = new StringBuilder(HEAD + event + "\n" + "-".repeat(300) + "\n\nData:\n\n");
    for (int level = 0; level < PARSER_DEPTH - 1; level++) {
      text.append("  ".repeat(level))
          .append("- \"")
          .append(wordyName(level))
          .append("\": level (json-object)\n");
    }
    text.append("  ".repeat(PARSER_DEPTH - 1))
        .append("- \"")
        .append("m".repeat(300))
        .append("\": a mode (json-string, \"")
        .append("v".repeat(300))
        .append("\" or \"w\")\n");
    Compilation compilation = Compilations.writeAndCompile(dir, "deep.txt", text.toString(), true);
    assertThat(compilation).succeeded();
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      String name = path.substring(path.lastIndexOf('/') + 1);
      assertTrue(
          name.getBytes(StandardCharsets.UTF_8).length <= MAX_FILE_NAME_BYTES,
          name.length() + " bytes: " + name);
    }
    EventRegistry registry =
        new CompiledClasses(compilation, getClass().getClassLoader())
            .registry(Compilations.PACKAGE);
    String data = "{\"" + "m".repeat(300) + "\":\"w\"}";
    for (int level = PARSER_DEPTH - 2; level >= 0; level--) {
      data = "{\"" + wordyName(level) + "\":" + data + "}";
    }
    String line =
        "{\"timestamp\":{\"seconds\":1,\"microseconds\":2},\"event\":\""
            + event
            + "\",\"data\":"
            + data
            + "}";
    QmpEvent decoded = registry.decode(line);
    assertEquals(event, decoded.eventName());
    assertEquals(line, registry.encode(decoded));
  }

  @Test
  void fieldsNestedPastTheParsersBoundAreAJavacErrorNotACrash() {
    StringBuilder text = new StringBuilder(HEAD + "DEEP\n----\n\nData:\n\n");
    for (int level = 0; level < 3_000; level++) {
      text.append(" ".repeat(level))
          .append("- \"f")
          .append(level)
          .append("\": level (json-object)\n");
    }
    Compilation compilation =
        Compilations.writeAndCompile(dir, "deeper.txt", text.toString(), true);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "deeper.txt:"
                + (9 + PARSER_DEPTH)
                + ":"
                + (PARSER_DEPTH + 1)
                + ": field \"f"
                + PARSER_DEPTH
                + "\" nests deeper than "
                + PARSER_DEPTH
                + " levels")
        .inFile(Compilations.packageInfo("deeper.txt"))
        .onLineContaining("@GenerateQmpEvents");
  }

  /** A distinct 40-letter name per level, so each level is its own record. */
  private static String wordyName(int level) {
    return "level-" + (char) ('a' + level) + "-" + "x".repeat(32);
  }
}
