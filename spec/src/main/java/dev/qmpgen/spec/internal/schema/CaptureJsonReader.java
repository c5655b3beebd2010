package dev.qmpgen.spec.internal.schema;

import dev.qmpgen.spec.Position;
import dev.qmpgen.spec.internal.parser.Diagnostics;
import dev.qmpgen.spec.internal.parser.JsonTreeBuilder;
import dev.qmpgen.spec.internal.parser.JsonValue;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a whole schema capture into a {@link JsonValue} tree whose every part knows its line and
 * column in the capture file, or says where the text stops being JSON. A repeated key keeps its
 * first value and is reported.
 */
final class CaptureJsonReader {

  private static final JsonFactory FACTORY = new JsonFactory();

  private CaptureJsonReader() {}

  /** The value the text holds, or empty after reporting why there is none. */
  static Optional<JsonValue> read(String text, Diagnostics diagnostics) {
    JsonTreeBuilder builder =
        new JsonTreeBuilder(
            (line, column) -> new Position(diagnostics.file(), line, column),
            (key, keyPosition) ->
                diagnostics.error(
                    keyPosition, "duplicate key \"" + key + "\"; the first one is used"));
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), text)) {
      if (parser.nextToken() == null) {
        diagnostics.error(
            new Position(diagnostics.file(), 1, 1), "not a schema capture: the file holds no JSON");
        return Optional.empty();
      }
      JsonValue value = builder.value(parser);
      if (parser.nextToken() != null) {
        diagnostics.error(
            builder.at(parser.currentTokenLocation()),
            "unexpected text after the end of the JSON value");
        return Optional.empty();
      }
      return Optional.of(value);
    } catch (JacksonException e) {
      diagnostics.error(
          builder.at(e.getLocation()), "not valid JSON: " + JsonTreeBuilder.readable(e));
      return Optional.empty();
    }
  }
}
