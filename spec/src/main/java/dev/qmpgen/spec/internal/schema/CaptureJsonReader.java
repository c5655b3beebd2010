package dev.qmpgen.spec.internal.schema;

import dev.qmpgen.spec.Position;
import dev.qmpgen.spec.internal.parser.Diagnostics;
import dev.qmpgen.spec.internal.parser.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a whole schema capture into a {@link JsonValue} tree whose every part knows its line and
 * column in the capture file, or says where the text stops being JSON. A repeated key keeps its
 * first value and is reported.
 */
final class CaptureJsonReader {

  private static final JsonFactory FACTORY = new JsonFactory();

  private final Diagnostics diagnostics;

  private CaptureJsonReader(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** The value the text holds, or empty after reporting why there is none. */
  static Optional<JsonValue> read(String text, Diagnostics diagnostics) {
    CaptureJsonReader reader = new CaptureJsonReader(diagnostics);
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), text)) {
      if (parser.nextToken() == null) {
        diagnostics.error(
            new Position(diagnostics.file(), 1, 1), "not a schema capture: the file holds no JSON");
        return Optional.empty();
      }
      JsonValue value = reader.value(parser);
      if (parser.nextToken() != null) {
        diagnostics.error(
            reader.at(parser.currentTokenLocation()),
            "unexpected text after the end of the JSON value");
        return Optional.empty();
      }
      return Optional.of(value);
    } catch (JacksonException e) {
      diagnostics.error(reader.at(e.getLocation()), "not valid JSON: " + readable(e));
      return Optional.empty();
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

  private JsonValue value(JsonParser parser) {
    Position position = at(parser.currentTokenLocation());
    return switch (parser.currentToken()) {
      case START_OBJECT -> object(parser, position);
      case START_ARRAY -> array(parser, position);
      case VALUE_STRING -> new JsonValue.Str(parser.getString(), position);
      case VALUE_NUMBER_INT -> new JsonValue.Num(parser.getString(), true, position);
      case VALUE_NUMBER_FLOAT -> new JsonValue.Num(parser.getString(), false, position);
      case VALUE_TRUE -> new JsonValue.Bool(true, position);
      case VALUE_FALSE -> new JsonValue.Bool(false, position);
      default -> new JsonValue.Null(position);
    };
  }

  private JsonValue.Obj object(JsonParser parser, Position position) {
    Map<String, JsonValue.Member> members = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String key = parser.currentName();
      Position keyPosition = at(parser.currentTokenLocation());
      parser.nextToken();
      JsonValue value = value(parser);
      if (members.putIfAbsent(key, new JsonValue.Member(key, keyPosition, value)) != null) {
        diagnostics.error(keyPosition, "duplicate key \"" + key + "\"; the first one is used");
      }
    }
    return new JsonValue.Obj(members, position);
  }

  private JsonValue.Arr array(JsonParser parser, Position position) {
    List<JsonValue> items = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      items.add(value(parser));
    }
    return new JsonValue.Arr(items, position);
  }

  private Position at(TokenStreamLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return new Position(diagnostics.file(), 1, 1);
    }
    return new Position(
        diagnostics.file(), location.getLineNr(), Math.max(1, location.getColumnNr()));
  }
}
