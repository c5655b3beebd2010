package dev.qmpgen.cli.json;

import dev.qmpgen.runtime.RawJson;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** Writes one compact JSON value as a string, for the CLI's {@code --json} lines. */
public final class JsonText {

  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonText() {}

  /** The JSON text {@code body} writes with the generator it is given. */
  public static String write(Consumer<JsonGenerator> body) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      body.accept(generator);
    }
    return out.toString();
  }

  /**
   * The text of a JSON value as a person reads it: a string without its quotes, anything else as
   * JSON.
   */
  public static String plain(String json) {
    Object value = JsonTree.parse(json);
    return value instanceof String text ? text : json;
  }

  /**
   * The members of a JSON object in their order, each value as {@link #plain} gives it: a string
   * without its quotes, anything else (a nested object too) as compact JSON.
   */
  public static Map<String, String> members(String objectJson) {
    Map<String, String> members = new LinkedHashMap<>();
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), objectJson)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("not a JSON object: " + objectJson);
      }
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        members.put(
            name,
            parser.currentToken() == JsonToken.VALUE_STRING
                ? parser.getString()
                : RawJson.read(parser).json());
      }
    }
    return members;
  }

  static JsonFactory factory() {
    return FACTORY;
  }
}
