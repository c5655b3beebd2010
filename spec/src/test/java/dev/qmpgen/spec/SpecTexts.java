package dev.qmpgen.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Spec texts for tests: the seed copies in the test resources, and small texts written inline. */
public final class SpecTexts {

  static final String ORIGINAL = "qmp-events-original.txt";
  static final String SCRAPED = "qmp-events-seed-scraped.txt";

  private SpecTexts() {}

  static String resource(String name) {
    try (InputStream in = SpecTexts.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lines joined with LF, with a final LF. */
  public static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  public static ParseResult parse(String... lines) {
    return SpecParser.parse("t.txt", lines(lines));
  }

  /** Every diagnostic of {@code result} as it prints: {@code t.txt:5:1: warning: ...}. */
  public static List<String> messages(ParseResult result) {
    return result.diagnostics().stream().map(Diagnostic::toString).toList();
  }
}
