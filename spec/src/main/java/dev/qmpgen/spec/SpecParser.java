package dev.qmpgen.spec;

import java.util.List;

/** Turns the text of a {@code qmp-events.txt} into a {@link SpecDocument} and its diagnostics. */
public final class SpecParser {

  private SpecParser() {}

  /**
   * Parses {@code text}; never throws, whatever the text holds.
   *
   * @param file the name diagnostics give the text (a path as the user wrote it)
   */
  public static ParseResult parse(String file, String text) {
    // Placeholder until the parser lands: no events, no diagnostics.
    return new ParseResult(new SpecDocument(file, List.of()), List.of());
  }
}
