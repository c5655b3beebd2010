package dev.qmpgen.runtime;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.qmpgen.runtime.internal.Json;
import dev.qmpgen.runtime.internal.MemberNames;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;

/**
 * A JSON value kept as compact JSON text: the data of an unknown event, an unknown member, a field
 * the spec gives no JSON type, a command's result. Two values are equal when their compact texts
 * are.
 *
 * <p>The accessors read the text when called (jackson-core, nothing else): {@link #kind()}, the
 * scalar's value ({@link #asString()}, the exact {@link #asDecimal()}, {@link #asLong()}, {@link
 * #asBoolean()}), an object's {@link #member(String)} or {@link #members()}, an array's {@link
 * #element(int)} or {@link #elements()}. A QEMU 7.2 RESET's reason:
 *
 * <pre>{@code
 * String reason = reset.unknownFields().get("reason").asString(); // host-qmp-system-reset, no quotes
 * long size = status.member("size").orElseThrow().asLong();
 * }</pre>
 *
 * <p>With Jackson databind on your classpath, bind it in one line: {@code MyResult result =
 * mapper.readValue(raw.json(), MyResult.class)} (or {@code mapper.readTree(raw.json())} for a
 * tree).
 */
public final class RawJson {

  /** The six kinds of JSON value. */
  public enum Kind {
    OBJECT,
    ARRAY,
    STRING,
    NUMBER,
    BOOLEAN,
    NULL
  }

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
   * Numbers are kept as written; strings are escaped by {@link #quote} as jackson-core would. A
   * name repeated in one object is refused ({@link MemberNames}).
   */
  private static String copyStructure(JsonParser parser) {
    StringBuilder out = new StringBuilder(64);
    boolean comma = false; // whether the next name or value follows a sibling
    int depth = 0;
    MemberNames names = null; // made at the first object: an array of scalars needs none
    JsonToken token = parser.currentToken();
    do {
      if (comma && token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY) {
        out.append(',');
      }
      comma = true;
      switch (token) {
        case START_OBJECT -> {
          out.append('{');
          names = names == null ? new MemberNames() : names;
          names.startObject();
          depth++;
          comma = false;
        }
        case START_ARRAY -> {
          out.append('[');
          depth++;
          comma = false;
        }
        case END_OBJECT -> {
          out.append('}');
          names.endObject();
          depth--;
        }
        case END_ARRAY -> {
          out.append(']');
          depth--;
        }
        case PROPERTY_NAME -> {
          String name = parser.currentName();
          if (!names.add(name)) {
            throw MemberNames.repeated("", name);
          }
          appendQuoted(out, name).append(':');
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
   * The value Jackson databind bound from any JSON (maps, lists, strings, numbers, booleans, {@code
   * null}), for binding generated types with databind. Numbers stay exact only if databind reads
   * fractions as {@code BigDecimal}: build the mapper with {@code
   * DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS}. Stock databind hands a class like this one
   * a fraction as a {@code double} alone (no text, no {@code BigDecimal}), in which {@code 2.50} is
   * {@code 2.5} and {@code 1e400} is infinity; such a value is refused, never silently changed.
   *
   * @throws IllegalArgumentException for a {@code Double} or {@code Float} anywhere in the value
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

  /** What kind of JSON value this is. */
  public Kind kind() {
    return RawJsonReader.kind(json);
  }

  /**
   * A string's value, unescaped and without its quotes.
   *
   * @throws IllegalStateException if this is not a string (the message shows the value)
   */
  public String asString() {
    return RawJsonReader.string(json);
  }

  /**
   * A number exactly as written: {@code 2.50} keeps its scale, {@code 1e400} its magnitude.
   *
   * @throws IllegalStateException if this is not a number
   */
  public BigDecimal asDecimal() {
    return RawJsonReader.decimal(json);
  }

  /**
   * @throws IllegalStateException if this is not a whole number within {@code long}'s range
   */
  public long asLong() {
    return RawJsonReader.longValue(json);
  }

  /**
   * @throws IllegalStateException if this is not {@code true} or {@code false}
   */
  public boolean asBoolean() {
    return RawJsonReader.bool(json);
  }

  /** Whether this is JSON {@code null}. */
  public boolean isNull() {
    return kind() == Kind.NULL;
  }

  /**
   * An object's member of that name (the first, were a name repeated); empty if it has none.
   *
   * @throws IllegalStateException if this is not an object
   */
  public Optional<RawJson> member(String name) {
    Objects.requireNonNull(name, "name");
    return RawJsonReader.member(json, name);
  }

  /**
   * An object's members in their order; unmodifiable.
   *
   * @throws IllegalStateException if this is not an object
   */
  public Map<String, RawJson> members() {
    return RawJsonReader.members(json);
  }

  /**
   * An array's element at {@code index} (from 0); empty past the end.
   *
   * @throws IllegalStateException if this is not an array
   */
  public Optional<RawJson> element(int index) {
    if (index < 0) {
      throw new IndexOutOfBoundsException("negative index " + index);
    }
    return RawJsonReader.element(json, index);
  }

  /**
   * An array's elements in order; unmodifiable.
   *
   * @throws IllegalStateException if this is not an array
   */
  public List<RawJson> elements() {
    return RawJsonReader.elements(json);
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
      try (JsonGenerator generator =
          Json.FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
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
      boolean paired =
          Character.isHighSurrogate(c)
              && i + 1 < json.length()
              && Character.isLowSurrogate(json.charAt(i + 1));
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
      throw new IllegalArgumentException(
          "databind read the number "
              + value
              + " as a binary fraction,"
              + " which may not be the number sent (2.50 becomes 2.5, 1e400 Infinity); build the mapper with"
              + " DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS to keep unknown members exact");
    } else if (value instanceof Number number) {
      generator.writeNumber(number.longValue());
    } else {
      generator.writeString(value.toString());
    }
  }
}
