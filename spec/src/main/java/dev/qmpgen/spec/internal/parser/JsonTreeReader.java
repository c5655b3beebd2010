package dev.qmpgen.spec.internal.parser;

import dev.qmpgen.spec.Position;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/** Reads the text of an example into a {@link JsonValue} tree, or says where it is broken. */
final class JsonTreeReader {

  /** The object read, or the first problem found, with its position. */
  record Result(Optional<JsonValue.Obj> object, String problem, Position problemPosition) {}

  /**
   * The deepest example read, as deep as QMP peers may nest ({@code QmpLimits}); reading and every
   * later look at the tree recurse once per level. QEMU's examples nest 5 deep.
   */
  static final int MAX_DEPTH = 64;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
          .build();

  private JsonTreeReader() {}

  static Result read(String json, JsonTreeBuilder.Locator locator) {
    // An example only illustrates: a key it repeats changes no binding, so its first value is
    // kept without a word.
    JsonTreeBuilder builder = new JsonTreeBuilder(locator, (key, keyPosition) -> {});
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      return readDocument(parser, builder, locator);
    } catch (JacksonException e) {
      return new Result(Optional.empty(), JsonTreeBuilder.readable(e), builder.at(e.getLocation()));
    }
  }

  private static Result readDocument(
      JsonParser parser, JsonTreeBuilder builder, JsonTreeBuilder.Locator locator) {
    JsonToken first = parser.nextToken();
    if (first != JsonToken.START_OBJECT) {
      return new Result(
          Optional.empty(), "not a JSON object", builder.at(parser.currentTokenLocation()));
    }
    JsonValue.Obj object = (JsonValue.Obj) builder.value(parser);
    JsonToken trailing = parser.nextToken();
    if (trailing != null) {
      return new Result(
          Optional.empty(),
          "unexpected text after the closing brace of the object",
          builder.at(parser.currentTokenLocation()));
    }
    return new Result(Optional.of(object), "", locator.position(1, 1));
  }
}
