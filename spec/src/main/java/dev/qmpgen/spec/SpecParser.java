package dev.qmpgen.spec;

import dev.qmpgen.spec.internal.parser.SpecTextParser;

/**
 * Turns the text of a {@code qmp-events.txt}, in any of the layouts QEMU shipped (and a copy
 * scraped from a web page), into a {@link SpecDocument} and its diagnostics, lint warnings
 * included. The stages live in {@code dev.qmpgen.spec.internal.parser}.
 */
public final class SpecParser {

  private SpecParser() {}

  /**
   * Parses {@code text}; never throws, whatever the text holds, and reports every problem found.
   *
   * @param file the name diagnostics give the text (a path as the user wrote it)
   */
  public static ParseResult parse(String file, String text) {
    return SpecTextParser.parse(file, text);
  }
}
