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
import tools.jackson.core.TokenStreamLocation;

/**
 * Builds a {@link JsonValue} tree from a parser's tokens, every part positioned in the file the
 * JSON came from; the one tree reader of both front ends (examples in the spec text, schema
 * captures). What differs between them is passed in: where a line and column of the JSON stand in
 * the file, and what a repeated key does (its first value is kept either way). How deep the JSON
 * may nest is the parser's limit, and what the whole text must be is each front end's own rule.
 */
public final class JsonTreeBuilder {

  /** Maps a 1-based line and column inside the JSON text to the file. */
  public interface Locator {
    Position position(int line, int column);
  }

  /** Told of each key an object repeats, at the repetition. */
  public interface RepeatedKeys {
    void found(String key, Position keyPosition);
  }

  private final Locator locator;
  private final RepeatedKeys repeatedKeys;

  public JsonTreeBuilder(Locator locator, RepeatedKeys repeatedKeys) {
    this.locator = locator;
    this.repeatedKeys = repeatedKeys;
  }

  /** The value starting at the parser's current token, read to its end. */
  public JsonValue value(JsonParser parser) {
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
        repeatedKeys.found(key, keyPosition);
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

  /** Where a parser location stands in the file; the JSON's start when the parser gives none. */
  public Position at(TokenStreamLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return locator.position(1, 1);
    }
    return locator.position(location.getLineNr(), Math.max(1, location.getColumnNr()));
  }

  /** Jackson's message, first line only, without its "(start marker at [Source: ...])" aside. */
  public static String readable(JacksonException e) {
    String message = Optional.ofNullable(e.getOriginalMessage()).orElse("unreadable");
    int newline = message.indexOf('\n');
    message = newline < 0 ? message : message.substring(0, newline);
    int source = message.indexOf("[Source:");
    int aside = source < 0 ? -1 : message.lastIndexOf(" (", source);
    return aside < 0 ? message : message.substring(0, aside);
  }
}
