package dev.qmpgen.runtime.internal;

import dev.qmpgen.runtime.DecodeException;
import dev.qmpgen.runtime.Enumerated;
import dev.qmpgen.runtime.RawJson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * Reads one member value for generated decoders, checking its JSON type. The {@code path} and
 * {@code name} of a scalar member are joined only when reporting an error, so reading one allocates
 * nothing beyond the value itself; an object below the top level of {@code data}, and each element
 * of a list of objects, is read with its path built, as its own members report errors under it.
 */
public final class FieldReader {

  private FieldReader() {}

  /**
   * The matcher of an object's listed member names for {@link JsonParser#nextNameMatch}, which
   * returns a name's index in {@code names} (or {@link PropertyNameMatcher#MATCH_UNKNOWN_NAME}).
   */
  public static PropertyNameMatcher members(String... names) {
    return Json.matcher(names);
  }

  /** A {@code json-string}. */
  public static String readString(
      JsonParser parser, JsonToken token, String event, String path, String name) {
    if (token != JsonToken.VALUE_STRING) {
      throw wrongType(event, path, name, "a string", token);
    }
    return parser.getString();
  }

  /**
   * A string of a listed set: the generated enum's constant, found without making a {@code String},
   * or an {@link Enumerated.Unlisted} keeping a value the spec does not list.
   */
  public static <E extends Enum<E> & Enumerated<E>> Enumerated<E> readEnumerated(
      JsonParser parser,
      JsonToken token,
      String event,
      String path,
      String name,
      NameTable<E> listed) {
    if (token != JsonToken.VALUE_STRING) {
      throw wrongType(event, path, name, "a string", token);
    }
    E constant = listed.find(parser);
    return constant != null ? constant : Enumerated.unlisted(parser.getString());
  }

  /** A {@code json-int}: any integer that fits in a {@code long}. */
  public static long readLong(
      JsonParser parser, JsonToken token, String event, String path, String name) {
    if (token != JsonToken.VALUE_NUMBER_INT) {
      throw wrongType(event, path, name, "an integer", token);
    }
    JsonParser.NumberType type = parser.getNumberType();
    if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
      throw new DecodeException(
          DecodeException.Problem.OUT_OF_RANGE,
          event,
          join(path, name),
          parser.getString() + " does not fit in a long");
    }
    return parser.getLongValue();
  }

  /** A {@code json-number}: exact for integers of any size, and for fractions as written. */
  public static BigDecimal readNumber(
      JsonParser parser, JsonToken token, String event, String path, String name) {
    if (token == JsonToken.VALUE_NUMBER_INT) {
      JsonParser.NumberType type = parser.getNumberType();
      if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
        return BigDecimal.valueOf(parser.getLongValue());
      }
      return new BigDecimal(parser.getBigIntegerValue());
    }
    if (token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw wrongType(event, path, name, "a number", token);
    }
    try {
      return parser.getDecimalValue();
    } catch (NumberFormatException e) {
      // BigDecimal's scale is an int: 1e2147483648 is valid JSON but no BigDecimal.
      throw new DecodeException(
          DecodeException.Problem.OUT_OF_RANGE,
          event,
          join(path, name),
          parser.getString() + " has an exponent out of range");
    }
  }

  /** A {@code json-bool}. */
  public static boolean readBoolean(
      JsonParser parser, JsonToken token, String event, String path, String name) {
    if (token == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (token != JsonToken.VALUE_FALSE) {
      throw wrongType(event, path, name, "a boolean", token);
    }
    return false;
  }

  /** Reads one object of a generated record type. */
  @FunctionalInterface
  public interface ObjectReader<T> {
    /** Reads the object the parser is on; {@code event} and {@code path} name it in errors. */
    T read(JsonParser parser, String event, String path);
  }

  /** A {@code json-object} with listed members, read by its generated record's {@code read}. */
  public static <T> T readObject(
      JsonParser parser,
      JsonToken token,
      String event,
      String path,
      String name,
      ObjectReader<T> reader) {
    expectObject(token, event, path, name);
    return reader.read(parser, event, join(path, name));
  }

  /** A {@code json-array} of objects with listed members, as an immutable list. */
  public static <T> List<T> readObjects(
      JsonParser parser,
      JsonToken token,
      String event,
      String path,
      String name,
      ObjectReader<T> reader) {
    expectArray(token, event, path, name);
    List<T> elements = new ArrayList<>();
    for (JsonToken element = parser.nextToken();
        element != JsonToken.END_ARRAY;
        element = parser.nextToken()) {
      String at = element(path, name, elements.size());
      if (element != JsonToken.START_OBJECT) {
        throw DecodeException.wrongType(event, at, "an object", Json.describe(element));
      }
      elements.add(reader.read(parser, event, at));
    }
    return List.copyOf(elements);
  }

  /** A {@code json-array} whose elements the spec does not describe, each kept as raw JSON. */
  public static List<RawJson> readRawList(
      JsonParser parser, JsonToken token, String event, String path, String name) {
    expectArray(token, event, path, name);
    return readRawElements(parser);
  }

  /** The elements of the array the parser is on, each kept as raw JSON, as an immutable list. */
  public static List<RawJson> readRawElements(JsonParser parser) {
    List<RawJson> elements = new ArrayList<>();
    for (JsonToken element = parser.nextToken();
        element != JsonToken.END_ARRAY;
        element = parser.nextToken()) {
      elements.add(RawJson.read(parser));
    }
    return List.copyOf(elements);
  }

  /** Checks that a {@code json-object} member starts here. */
  public static void expectObject(JsonToken token, String event, String path, String name) {
    if (token != JsonToken.START_OBJECT) {
      throw wrongType(event, path, name, "an object", token);
    }
  }

  /** Checks that a {@code json-array} member starts here. */
  public static void expectArray(JsonToken token, String event, String path, String name) {
    if (token != JsonToken.START_ARRAY) {
      throw wrongType(event, path, name, "an array", token);
    }
  }

  /** The path of element {@code index} of array member {@code name}: {@code clients[2]}. */
  public static String element(String path, String name, int index) {
    return join(path, name) + "[" + index + "]";
  }

  /** A required member absent from an object. */
  public static DecodeException missing(String event, String path, String name) {
    return DecodeException.missingField(event, join(path, name));
  }

  private static DecodeException wrongType(
      String event, String path, String name, String expected, JsonToken found) {
    return DecodeException.wrongType(event, join(path, name), expected, Json.describe(found));
  }

  static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }
}
