package dev.qmpgen.runtime;

import java.io.StringWriter;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectWriteContext;

/**
 * A JSON value kept as compact JSON text: the data of an unknown event, an unknown member, a field
 * the spec gives no JSON type. Two values are equal when their compact texts are.
 */
public final class RawJson {

  private final String json;

  private RawJson(String json) {
    this.json = json;
  }

  /**
   * Wraps JSON text. The text is re-read and written compactly, so equal values compare equal
   * whatever their layout.
   *
   * @throws DecodeException if the text is not one JSON value
   */
  public static RawJson parse(String json) {
    Objects.requireNonNull(json, "json");
    try (JsonParser parser = Json.FACTORY.createParser(tools.jackson.core.ObjectReadContext.empty(), json)) {
      if (parser.nextToken() == null) {
        throw DecodeException.malformed("empty JSON text");
      }
      RawJson value = read(parser);
      if (parser.nextToken() != null) {
        throw DecodeException.malformed("more than one JSON value");
      }
      return value;
    } catch (tools.jackson.core.JacksonException e) {
      throw DecodeException.malformed(e.getOriginalMessage());
    }
  }

  /**
   * Copies the value the parser is on (a scalar, or a whole object or array) and leaves the parser
   * on its last token.
   */
  public static RawJson read(JsonParser parser) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = Json.FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      generator.copyCurrentStructure(parser);
    }
    return new RawJson(out.toString());
  }

  /** Writes this value as the next value of {@code generator}. */
  public void write(JsonGenerator generator) {
    generator.writeRawValue(json);
  }

  /** The compact JSON text. */
  public String json() {
    return json;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RawJson that && json.equals(that.json);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }

  @Override
  public String toString() {
    return json;
  }
}
