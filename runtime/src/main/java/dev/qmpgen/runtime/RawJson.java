package dev.qmpgen.runtime;

import dev.qmpgen.runtime.internal.Json;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;

/**
 * A JSON value kept as compact JSON text: the data of an unknown event, an unknown member, a field
 * the spec gives no JSON type. Two values are equal when their compact texts are.
 */
public final class RawJson {

  private static final RawJson TRUE = new RawJson("true");
  private static final RawJson FALSE = new RawJson("false");
  private static final RawJson NULL = new RawJson("null");

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
    try (JsonParser parser = Json.FACTORY.createParser(ObjectReadContext.empty(), json)) {
      if (parser.nextToken() == null) {
        throw DecodeException.malformed("empty JSON text");
      }
      RawJson value = read(parser);
      if (parser.nextToken() != null) {
        throw DecodeException.malformed("more than one JSON value");
      }
      return value;
    } catch (JacksonException e) {
      throw DecodeException.malformed(e.getOriginalMessage());
    }
  }

  /**
   * Copies the value the parser is on (a scalar, or a whole object or array) and leaves the parser
   * on its last token.
   */
  public static RawJson read(JsonParser parser) {
    JsonToken token = parser.currentToken();
    // Scalars are most unknown members (QEMU 7.2's "guest": false): no generator needed.
    switch (token) {
      case VALUE_TRUE:
        return TRUE;
      case VALUE_FALSE:
        return FALSE;
      case VALUE_NULL:
        return NULL;
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return new RawJson(parser.getString());
      case VALUE_STRING:
        return new RawJson(quote(parser.getString()));
      default:
        break;
    }
    return new RawJson(copyStructure(parser));
  }

  /**
   * The object or array the parser is on as compact JSON, written straight into one builder: a
   * generator per value (QEMU 7.2's unknown events carry object data) costs more than the copy.
   * Numbers are kept as written; strings are escaped by {@link #quote} as jackson-core would.
   */
  private static String copyStructure(JsonParser parser) {
    StringBuilder out = new StringBuilder(64);
    boolean comma = false; // whether the next name or value follows a sibling
    int depth = 0;
    JsonToken token = parser.currentToken();
    do {
      if (comma && token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY) {
        out.append(',');
      }
      comma = true;
      switch (token) {
        case START_OBJECT, START_ARRAY -> {
          out.append(token == JsonToken.START_OBJECT ? '{' : '[');
          depth++;
          comma = false;
        }
        case END_OBJECT, END_ARRAY -> {
          out.append(token == JsonToken.END_OBJECT ? '}' : ']');
          depth--;
        }
        case PROPERTY_NAME -> {
          appendQuoted(out, parser.currentName()).append(':');
          comma = false;
        }
        case VALUE_STRING -> appendQuoted(out, parser.getString());
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> out.append(parser.getString());
        case VALUE_TRUE -> out.append("true");
        case VALUE_FALSE -> out.append("false");
        case VALUE_NULL -> out.append("null");
        default -> throw DecodeException.malformed("unexpected " + token);
      }
      if (depth > 0) {
        token = parser.nextToken();
      }
    } while (depth > 0);
    return out.toString();
  }

  private static StringBuilder appendQuoted(StringBuilder out, String value) {
    if (needsEscape(value)) {
      return out.append(quote(value));
    }
    return out.append('"').append(value).append('"');
  }

  /**
   * The value Jackson databind bound from any JSON (maps, lists, strings, numbers, booleans,
   * {@code null}), for binding generated types with databind.
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static RawJson fromValue(Object value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = Json.FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      writeValue(value, generator);
    }
    return new RawJson(escapeLoneSurrogates(out.toString()));
  }

  /** Writes this value as the next value of {@code generator}. */
  public void write(JsonGenerator generator) {
    generator.writeRawValue(json);
  }

  /** The compact JSON text. */
  @JsonValue
  @JsonRawValue
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

  /** A JSON string literal, escaped as jackson-core writes it, lone surrogates escaped too. */
  private static String quote(String value) {
    if (needsEscape(value)) {
      StringWriter out = new StringWriter(value.length() + 8);
      try (JsonGenerator generator = Json.FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
        generator.writeString(value);
      }
      return escapeLoneSurrogates(out.toString());
    }
    return '"' + value + '"';
  }

  private static boolean needsEscape(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * JSON text with every surrogate that is not half of a pair written as a {@code \}{@code uXXXX}
   * escape. JSON may escape one ({@code "\}{@code ud800"} is valid and decodes to it), but no UTF-8
   * encoder takes one as a character: without the escape, what decoded would not encode.
   */
  private static String escapeLoneSurrogates(String json) {
    StringBuilder out = null;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      boolean paired = Character.isHighSurrogate(c) && i + 1 < json.length() && Character.isLowSurrogate(json.charAt(i + 1));
      if (paired) {
        if (out != null) {
          out.append(c).append(json.charAt(i + 1));
        }
        i++;
      } else if (Character.isSurrogate(c)) {
        if (out == null) {
          out = new StringBuilder(json.length() + 8).append(json, 0, i);
        }
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? json : out.toString();
  }

  private static void writeValue(Object value, JsonGenerator generator) {
    if (value == null) {
      generator.writeNull();
    } else if (value instanceof Map<?, ?> map) {
      generator.writeStartObject();
      for (Map.Entry<?, ?> member : map.entrySet()) {
        generator.writeName(String.valueOf(member.getKey()));
        writeValue(member.getValue(), generator);
      }
      generator.writeEndObject();
    } else if (value instanceof List<?> list) {
      generator.writeStartArray();
      for (Object element : list) {
        writeValue(element, generator);
      }
      generator.writeEndArray();
    } else if (value instanceof Boolean bool) {
      generator.writeBoolean(bool);
    } else if (value instanceof BigDecimal decimal) {
      generator.writeNumber(decimal);
    } else if (value instanceof BigInteger integer) {
      generator.writeNumber(integer);
    } else if (value instanceof Double || value instanceof Float) {
      generator.writeNumber(((Number) value).doubleValue());
    } else if (value instanceof Number number) {
      generator.writeNumber(number.longValue());
    } else {
      generator.writeString(value.toString());
    }
  }
}
