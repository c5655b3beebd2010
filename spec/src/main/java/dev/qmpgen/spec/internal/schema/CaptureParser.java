package dev.qmpgen.spec.internal.schema;

import dev.qmpgen.spec.EventSpec;
import dev.qmpgen.spec.ParseResult;
import dev.qmpgen.spec.Position;
import dev.qmpgen.spec.SpecDocument;
import dev.qmpgen.spec.internal.parser.Diagnostics;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What {@link dev.qmpgen.spec.SchemaParser} runs: {@link CaptureJsonReader} reads the JSON with
 * positions, {@link SchemaCapture} finds the entities in any of the accepted forms, {@link
 * SchemaResolver} resolves QEMU's masked type ids into fields.
 */
public final class CaptureParser {

  private CaptureParser() {}

  /** Parses {@code text}, reporting against {@code file}; never throws. */
  public static ParseResult parse(String file, String text) {
    Diagnostics diagnostics = new Diagnostics(file);
    List<EventSpec> events = List.of();
    Set<String> withErrors = Set.of();
    Optional<String> origin = Optional.empty();
    try {
      Optional<SchemaCapture> capture =
          CaptureJsonReader.read(text, diagnostics)
              .flatMap(root -> SchemaCapture.of(root, diagnostics));
      if (capture.isPresent()) {
        origin = capture.get().origin();
        SchemaResolver.Events resolved = SchemaResolver.events(capture.get(), diagnostics);
        events = resolved.events();
        withErrors = resolved.withErrors();
      }
    } catch (RuntimeException e) {
      // A safety net: a bug of ours must reach the user as a diagnostic, not as a stack trace.
      diagnostics.error(
          new Position(file, 1, 1),
          "internal error while reading the capture: "
              + e
              + (e.getStackTrace().length > 0 ? " at " + e.getStackTrace()[0] : ""));
    }
    return new ParseResult(
        new SpecDocument(file, events, origin), diagnostics.inTextOrder(), withErrors);
  }
}
