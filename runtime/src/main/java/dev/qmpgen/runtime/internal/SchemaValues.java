package dev.qmpgen.runtime.internal;

import dev.qmpgen.runtime.DecodeException;
import dev.qmpgen.runtime.RawJson;
import java.io.StringWriter;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;

/**
 * Reads and writes the values QEMU's schema describes beyond what the spec text can: arrays of any
 * element type, unsigned 64-bit integers, flat unions and alternates. Helpers for generated code.
 */
public final class SchemaValues {

  private static final BigInteger UINT64_MAX =
      BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

  private SchemaValues() {}

  /** Reads one value of a known type, the parser on its first token. */
  @FunctionalInterface
  public interface ValueReader<T> {
    /**
     * Reads the value {@code token} starts; {@code event}, {@code path} and {@code name} name it in
     * errors.
     */
    T read(JsonParser parser, JsonToken token, String event, String path, String name);
  }

  /** A JSON array whose elements are each read by {@code reader}, as an immutable list. */
  public static <T> List<T> readList(
      JsonParser parser,
      JsonToken token,
      String event,
      String path,
      String name,
      ValueReader<T> reader) {
    FieldReader.expectArray(token, event, path, name);
    List<T> elements = new ArrayList<>();
    for (JsonToken element = parser.nextToken();
        element != JsonToken.END_ARRAY;
        element = parser.nextToken()) {
      elements.add(reader.read(parser, element, event, path, name + "[" + elements.size() + "]"));
    }
    return List.copyOf(elements);
  }

  /**
   * A {@code uint64} or {@code size}: an integer from 0 to 2<sup>64</sup>-1, returned as the bits
   * of a {@code long} (read it with {@link Long#toUnsignedString(long)} or {@link
   * Long#compareUnsigned}).
   */
  public static long readUnsigned(
      JsonParser parser, JsonToken token, String event, String path, String name) {
    if (token != JsonToken.VALUE_NUMBER_INT) {
      throw DecodeException.wrongType(
          event, FieldReader.join(path, name), "an unsigned integer", Json.describe(token));
    }
    JsonParser.NumberType type = parser.getNumberType();
    if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
      long value = parser.getLongValue();
      if (value >= 0) {
        return value;
      }
    } else {
      BigInteger value = parser.getBigIntegerValue();
      if (value.signum() >= 0 && value.compareTo(UINT64_MAX) <= 0) {
        return value.longValue();
      }
    }
    throw new DecodeException(
        DecodeException.Problem.OUT_OF_RANGE,
        event,
        FieldReader.join(path, name),
        parser.getString() + " is not an unsigned 64-bit integer");
  }

  /** Writes the unsigned value of {@code bits}, as {@link #readUnsigned} read it. */
  public static void writeUnsigned(JsonGenerator generator, long bits) {
    if (bits >= 0) {
      generator.writeNumber(bits);
    } else {
      generator.writeNumber(new BigInteger(Long.toUnsignedString(bits)));
    }
  }

  /**
   * The string value of the tag member {@code tag} of a flat union's object, which selects the
   * variant whatever the member order.
   */
  public static String unionTag(RawJson object, String event, String path, String tag) {
    try (JsonParser parser = open(object)) {
      for (String member = parser.nextName(); member != null; member = parser.nextName()) {
        JsonToken token = parser.nextToken();
        if (member.equals(tag)) {
          return FieldReader.readString(parser, token, event, path, tag);
        }
        parser.skipChildren();
      }
    }
    throw FieldReader.missing(event, path, tag);
  }

  /** Reads a flat union's object again, now that its tag says which variant record reads it. */
  public static <T> T readVariant(
      RawJson object, String event, String path, FieldReader.ObjectReader<T> reader) {
    try (JsonParser parser = open(object)) {
      return reader.read(parser, event, path);
    }
  }

  /** A value none of an alternate's choices accepts. */
  public static DecodeException noAlternative(
      String event, String path, String name, String expected, JsonToken found) {
    return DecodeException.wrongType(
        event, FieldReader.join(path, name), expected, Json.describe(found));
  }

  /** The JSON {@code writer} writes, for Jackson databind's view of a union or an alternate. */
  public static RawJson toJson(java.util.function.Consumer<JsonGenerator> writer) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = Json.FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      writer.accept(generator);
    }
    return RawJson.parse(out.toString());
  }

  /** A union's value from the JSON Jackson databind bound, read as the decoder reads it. */
  public static <T> T fromJson(RawJson json, FieldReader.ObjectReader<T> reader) {
    try (JsonParser parser = open(json)) {
      FieldReader.expectObject(parser.currentToken(), "", "", "");
      return reader.read(parser, "", "");
    }
  }

  /** An alternate's value from the JSON Jackson databind bound, read as the decoder reads it. */
  public static <T> T fromJson(RawJson json, ValueReader<T> reader) {
    try (JsonParser parser = open(json)) {
      return reader.read(parser, parser.currentToken(), "", "", "");
    }
  }

  private static JsonParser open(RawJson object) {
    try {
      JsonParser parser = Json.FACTORY.createParser(ObjectReadContext.empty(), object.json());
      parser.nextToken();
      return parser;
    } catch (JacksonException e) {
      throw new IllegalStateException("RawJson holds valid JSON", e);
    }
  }
}
