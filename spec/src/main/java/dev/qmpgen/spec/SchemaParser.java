package dev.qmpgen.spec;

import dev.qmpgen.spec.internal.schema.CaptureParser;

/**
 * Turns a capture of QEMU's {@code query-qmp-schema} into a {@link SpecDocument} and its
 * diagnostics, the second front end beside {@link SpecParser}: the same model, so the processor
 * generates the same API from either. The stages live in {@code dev.qmpgen.spec.internal.schema}.
 */
public final class SchemaParser {

  private SchemaParser() {}

  /**
   * Parses {@code text}; never throws, and reports every problem at its line and column.
   *
   * @param file the name diagnostics give the capture (a path as the user wrote it)
   */
  public static ParseResult parse(String file, String text) {
    return CaptureParser.parse(file, text);
  }
}
