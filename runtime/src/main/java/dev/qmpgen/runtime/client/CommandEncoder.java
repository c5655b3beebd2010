package dev.qmpgen.runtime.client;

import dev.qmpgen.runtime.RawJson;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes {@code {"execute": NAME, "arguments": {...}, "id": N}} as one {@code \r\n}-ended line.
 * Argument values may be strings, booleans, numbers, {@link RawJson}, {@code null}, and maps and
 * collections of those.
 */
final class CommandEncoder {

  private final JsonFactory factory = new JsonFactory();

  /**
   * @throws IllegalArgumentException for an argument value of another type
   */
  byte[] encode(String command, Map<String, ?> arguments, long id) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 + arguments.size() * 32);
    try (JsonGenerator generator = factory.createGenerator(ObjectWriteContext.empty(), out)) {
      generator.writeStartObject();
      generator.writeStringProperty("execute", command);
      if (!arguments.isEmpty()) {
        generator.writeName("arguments");
        writeValue(generator, arguments);
      }
      generator.writeNumberProperty("id", id);
      generator.writeEndObject();
    }
    out.write('\r');
    out.write('\n');
    return out.toByteArray();
  }

  private static void writeValue(JsonGenerator generator, Object value) {
    if (value == null) {
      generator.writeNull();
    } else if (value instanceof String text) {
      generator.writeString(text);
    } else if (value instanceof Boolean bool) {
      generator.writeBoolean(bool);
    } else if (value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte) {
      generator.writeNumber(((Number) value).longValue());
    } else if (value instanceof BigInteger big) {
      generator.writeNumber(big);
    } else if (value instanceof BigDecimal decimal) {
      generator.writeNumber(decimal);
    } else if (value instanceof Double || value instanceof Float) {
      generator.writeNumber(((Number) value).doubleValue());
    } else if (value instanceof RawJson raw) {
      raw.write(generator);
    } else if (value instanceof Map<?, ?> map) {
      generator.writeStartObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (!(entry.getKey() instanceof String name)) {
          throw new IllegalArgumentException(
              "argument object keys must be strings: " + entry.getKey());
        }
        generator.writeName(name);
        writeValue(generator, entry.getValue());
      }
      generator.writeEndObject();
    } else if (value instanceof Collection<?> items) {
      generator.writeStartArray();
      for (Object item : items) {
        writeValue(generator, item);
      }
      generator.writeEndArray();
    } else {
      throw new IllegalArgumentException(
          "cannot write a "
              + value.getClass().getName()
              + " as a QMP argument; use a string, boolean, number, RawJson, map or collection");
    }
  }
}
