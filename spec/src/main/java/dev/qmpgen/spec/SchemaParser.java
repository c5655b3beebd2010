package dev.qmpgen.spec;

import java.util.List;
import java.util.Optional;

/**
 * Turns a capture of QEMU's {@code query-qmp-schema} into a {@link SpecDocument} and its
 * diagnostics, the second front end beside {@link SpecParser}: the same model, so the processor
 * generates the same API from either. {@link CaptureJsonReader} reads the JSON with positions,
 * {@link SchemaCapture} finds the entities in any of the accepted forms, {@link SchemaResolver}
 * resolves QEMU's masked type ids into fields.
 */
public final class SchemaParser {

  private SchemaParser() {}

  /**
   * Parses {@code text}; never throws, and reports every problem at its line and column.
   *
   * @param file the name diagnostics give the capture (a path as the user wrote it)
   */
  public static ParseResult parse(String file, String text) {
    Diagnostics diagnostics = new Diagnostics(file);
    List<EventSpec> events = List.of();
    Optional<String> origin = Optional.empty();
    try {
      Optional<SchemaCapture> capture = CaptureJsonReader.read(text, diagnostics)
          .flatMap(root -> SchemaCapture.of(root, diagnostics));
      if (capture.isPresent()) {
        origin = capture.get().origin();
        events = SchemaResolver.events(capture.get(), diagnostics);
      }
    } catch (RuntimeException e) {
      // A safety net: a bug of ours must reach the user as a diagnostic, not as a stack trace.
      diagnostics.error(new Position(file, 1, 1), "internal error while reading the capture: " + e
          + (e.getStackTrace().length > 0 ? " at " + e.getStackTrace()[0] : ""));
    }
    return new ParseResult(new SpecDocument(file, events, origin), diagnostics.inTextOrder());
  }
}
