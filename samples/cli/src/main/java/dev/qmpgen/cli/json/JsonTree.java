package dev.qmpgen.cli.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;

/**
 * Reads a JSON text into plain Java values, for the few replies the CLI inspects as a whole ({@code
 * query-qmp-schema}): objects as ordered maps, arrays as lists, strings, numbers as {@link Long} or
 * {@link BigDecimal}, booleans, and {@link #NULL} for JSON {@code null}, so that a member present
 * with a null value stays distinguishable from an absent one.
 */
public final class JsonTree {

  /** JSON {@code null}: QEMU's schema marks an optional member with {@code "default": null}. */
  public static final Object NULL =
      new Object() {
        @Override
        public String toString() {
          return "null";
        }
      };

  private JsonTree() {}

  /**
   * Parses one JSON value.
   *
   * @throws IllegalArgumentException if the text is not JSON
   */
  public static Object parse(String json) {
    try (JsonParser parser = JsonText.factory().createParser(ObjectReadContext.empty(), json)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new IllegalArgumentException("empty JSON text");
      }
      return read(parser);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Reads the value the parser is on, leaving it on the value's last token. */
  public static Object read(JsonParser parser) {
    JsonToken token = parser.currentToken();
    return switch (token) {
      case START_OBJECT -> readObject(parser);
      case START_ARRAY -> readArray(parser);
      case VALUE_STRING -> parser.getString();
      case VALUE_NUMBER_INT ->
          parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
              ? new BigDecimal(parser.getBigIntegerValue())
              : (Object) parser.getLongValue();
      case VALUE_NUMBER_FLOAT -> parser.getDecimalValue();
      case VALUE_TRUE -> Boolean.TRUE;
      case VALUE_FALSE -> Boolean.FALSE;
      case VALUE_NULL -> NULL;
      default -> throw new IllegalStateException("unexpected token " + token);
    };
  }

  private static Map<String, Object> readObject(JsonParser parser) {
    Map<String, Object> members = new LinkedHashMap<>();
    for (String name = parser.nextName(); name != null; name = parser.nextName()) {
      parser.nextToken();
      members.put(name, read(parser));
    }
    return Collections.unmodifiableMap(members);
  }

  private static List<Object> readArray(JsonParser parser) {
    List<Object> elements = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      elements.add(read(parser));
    }
    return Collections.unmodifiableList(elements);
  }
}
