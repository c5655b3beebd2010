package dev.qmpgen.spec.internal.parser;

import dev.qmpgen.spec.Position;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/** Reads the text of an example into a {@link JsonValue} tree, or says where it is broken. */
final class JsonTreeReader {

  /** Maps a 1-based line and column inside the JSON text to the spec file. */
  interface Locator {
    Position position(int line, int column);
  }

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

  private final Locator locator;

  private JsonTreeReader(Locator locator) {
    this.locator = locator;
  }

  static Result read(String json, Locator locator) {
    JsonTreeReader reader = new JsonTreeReader(locator);
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      return reader.readDocument(parser);
    } catch (JacksonException e) {
      return new Result(Optional.empty(), readable(e), reader.at(e.getLocation()));
    }
  }

  /** Jackson's message, first line only, without its "(start marker at [Source: ...])" aside. */
  private static String readable(JacksonException e) {
    String message = Optional.ofNullable(e.getOriginalMessage()).orElse("unreadable");
    int newline = message.indexOf('\n');
    message = newline < 0 ? message : message.substring(0, newline);
    int source = message.indexOf("[Source:");
    int aside = source < 0 ? -1 : message.lastIndexOf(" (", source);
    return aside < 0 ? message : message.substring(0, aside);
  }

  private Result readDocument(JsonParser parser) {
    JsonToken first = parser.nextToken();
    if (first != JsonToken.START_OBJECT) {
      return new Result(Optional.empty(), "not a JSON object", at(parser.currentTokenLocation()));
    }
    JsonValue.Obj object = readObject(parser);
    JsonToken trailing = parser.nextToken();
    if (trailing != null) {
      return new Result(
          Optional.empty(),
          "unexpected text after the closing brace of the object",
          at(parser.currentTokenLocation()));
    }
    return new Result(Optional.of(object), "", locator.position(1, 1));
  }

  private JsonValue read(JsonParser parser) {
    Position position = at(parser.currentTokenLocation());
    JsonToken token = parser.currentToken();
    return switch (token) {
      case START_OBJECT -> readObject(parser);
      case START_ARRAY -> readArray(parser, position);
      case VALUE_STRING -> new JsonValue.Str(parser.getString(), position);
      case VALUE_NUMBER_INT -> new JsonValue.Num(parser.getString(), true, position);
      case VALUE_NUMBER_FLOAT -> new JsonValue.Num(parser.getString(), false, position);
      case VALUE_TRUE -> new JsonValue.Bool(true, position);
      case VALUE_FALSE -> new JsonValue.Bool(false, position);
      default -> new JsonValue.Null(position);
    };
  }

  private JsonValue.Obj readObject(JsonParser parser) {
    Position position = at(parser.currentTokenLocation());
    Map<String, JsonValue.Member> members = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String key = parser.currentName();
      Position keyPosition = at(parser.currentTokenLocation());
      parser.nextToken();
      members.putIfAbsent(key, new JsonValue.Member(key, keyPosition, read(parser)));
    }
    return new JsonValue.Obj(members, position);
  }

  private JsonValue.Arr readArray(JsonParser parser, Position position) {
    List<JsonValue> items = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      items.add(read(parser));
    }
    return new JsonValue.Arr(items, position);
  }

  private Position at(TokenStreamLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return locator.position(1, 1);
    }
    return locator.position(location.getLineNr(), Math.max(1, location.getColumnNr()));
  }
}
