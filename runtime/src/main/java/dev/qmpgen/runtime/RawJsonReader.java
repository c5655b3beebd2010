package dev.qmpgen.runtime;

import dev.qmpgen.runtime.internal.FieldReader;
import dev.qmpgen.runtime.internal.Json;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;

/**
 * Reads into a {@link RawJson}'s compact text on demand: nothing is parsed until an accessor asks,
 * and a member lookup copies only the member found, skipping the others' values unread.
 */
final class RawJsonReader {

  private RawJsonReader() {}

  /** The kind from the first character: the text is compact, valid JSON. */
  static RawJson.Kind kind(String json) {
    return switch (json.charAt(0)) {
      case '{' -> RawJson.Kind.OBJECT;
      case '[' -> RawJson.Kind.ARRAY;
      case '"' -> RawJson.Kind.STRING;
      case 't', 'f' -> RawJson.Kind.BOOLEAN;
      case 'n' -> RawJson.Kind.NULL;
      default -> RawJson.Kind.NUMBER;
    };
  }

  static String string(String json) {
    require(json, RawJson.Kind.STRING);
    return read(json, JsonParser::getString);
  }

  static BigDecimal decimal(String json) {
    require(json, RawJson.Kind.NUMBER);
    return new BigDecimal(
        json); // JSON's number syntax is a subset of BigDecimal's: exact, scale kept
  }

  static long longValue(String json) {
    try {
      return decimal(json).longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalStateException(
          "the number " + json + " is not a whole number within long's range");
    }
  }

  static boolean bool(String json) {
    require(json, RawJson.Kind.BOOLEAN);
    return json.equals("true");
  }

  static Optional<RawJson> member(String json, String name) {
    require(json, RawJson.Kind.OBJECT);
    return read(
        json,
        parser -> {
          for (String member = parser.nextName(); member != null; member = parser.nextName()) {
            parser.nextToken();
            if (member.equals(name)) {
              return Optional.of(RawJson.read(parser));
            }
            parser.skipChildren();
          }
          return Optional.empty();
        });
  }

  static Map<String, RawJson> members(String json) {
    require(json, RawJson.Kind.OBJECT);
    return read(
        json,
        parser -> {
          Map<String, RawJson> members = new LinkedHashMap<>();
          for (String member = parser.nextName(); member != null; member = parser.nextName()) {
            parser.nextToken();
            members.put(member, RawJson.read(parser));
          }
          return Collections.unmodifiableMap(members);
        });
  }

  static Optional<RawJson> element(String json, int index) {
    require(json, RawJson.Kind.ARRAY);
    return read(
        json,
        parser -> {
          int at = 0;
          for (JsonToken token = parser.nextToken();
              token != JsonToken.END_ARRAY;
              token = parser.nextToken(), at++) {
            if (at == index) {
              return Optional.of(RawJson.read(parser));
            }
            parser.skipChildren();
          }
          return Optional.empty();
        });
  }

  static List<RawJson> elements(String json) {
    require(json, RawJson.Kind.ARRAY);
    return read(json, FieldReader::readRawElements);
  }

  /** Runs {@code reading} with a parser on the value's first token. */
  private static <T> T read(String json, Function<JsonParser, T> reading) {
    try (JsonParser parser = Json.FACTORY.createParser(ObjectReadContext.empty(), json)) {
      parser.nextToken();
      return reading.apply(parser);
    }
  }

  private static void require(String json, RawJson.Kind expected) {
    RawJson.Kind actual = kind(json);
    if (actual != expected) {
      String shown = json.length() <= 60 ? json : json.substring(0, 57) + "...";
      throw new IllegalStateException(
          "expected " + article(expected) + " but the value is " + article(actual) + ": " + shown);
    }
  }

  private static String article(RawJson.Kind kind) {
    return switch (kind) {
      case OBJECT -> "an object";
      case ARRAY -> "an array";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
    };
  }
}
