package dev.qmpgen.cli.json;

import java.io.StringWriter;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;
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

  /** The text of a JSON value as a person reads it: a string without its quotes, anything else as JSON. */
  public static String plain(String json) {
    Object value = JsonTree.parse(json);
    return value instanceof String text ? text : json;
  }

  static JsonFactory factory() {
    return FACTORY;
  }
}
