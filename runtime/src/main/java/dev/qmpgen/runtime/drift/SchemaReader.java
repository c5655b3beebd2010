package dev.qmpgen.runtime.drift;

import dev.qmpgen.runtime.internal.Json;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;

/**
 * Reads QEMU's schema in any of the forms it is kept in: the {@code return} array of {@code
 * query-qmp-schema}, the whole reply {@code {"return": [...]}}, or a capture file {@code {"qemu":
 * {...}, "schema": [...]}}.
 */
final class SchemaReader {

  private SchemaReader() {}

  /**
   * @throws IllegalArgumentException saying why, if the text is none of those forms
   */
  static List<SchemaInfo> read(String json) {
    try (JsonParser parser = Json.FACTORY.createParser(ObjectReadContext.empty(), json)) {
      JsonToken first = parser.nextToken();
      if (first == JsonToken.START_ARRAY) {
        return infos(parser);
      }
      if (first == JsonToken.START_OBJECT) {
        for (String key = parser.nextName(); key != null; key = parser.nextName()) {
          JsonToken value = parser.nextToken();
          if ((key.equals("return") || key.equals("schema")) && value == JsonToken.START_ARRAY) {
            return infos(parser);
          }
          parser.skipChildren();
        }
      }
      throw new IllegalArgumentException(
          "expected the array of SchemaInfo objects query-qmp-schema returns");
    } catch (JacksonException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static List<SchemaInfo> infos(JsonParser parser) {
    List<SchemaInfo> infos = new ArrayList<>();
    for (JsonToken token = parser.nextToken();
        token != JsonToken.END_ARRAY;
        token = parser.nextToken()) {
      if (token != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException(
            "expected a SchemaInfo object, found " + Json.describe(token));
      }
      infos.add(info(parser));
    }
    return infos;
  }

  private static SchemaInfo info(JsonParser parser) {
    String name = "";
    String metaType = "";
    String argType = "";
    String jsonType = "";
    String elementType = "";
    List<String> values = List.of();
    List<SchemaInfo.Member> members = List.of();
    List<String> variantTypes = List.of();
    for (String key = parser.nextName(); key != null; key = parser.nextName()) {
      parser.nextToken();
      switch (key) {
        case "name" -> name = parser.getValueAsString("");
        case "meta-type" -> metaType = parser.getValueAsString("");
        case "arg-type" -> argType = parser.getValueAsString("");
        case "json-type" -> jsonType = parser.getValueAsString("");
        case "element-type" -> elementType = parser.getValueAsString("");
        case "values" -> values = strings(parser);
        case "members" -> members = metaType.equals("enum") ? skip(parser) : members(parser);
        case "variants" -> variantTypes = variantTypes(parser);
        default -> parser.skipChildren();
      }
    }
    if (name.isEmpty() || metaType.isEmpty()) {
      throw new IllegalArgumentException("a SchemaInfo object without name or meta-type");
    }
    return new SchemaInfo(
        name, metaType, argType, jsonType, elementType, values, members, variantTypes);
  }

  private static List<String> strings(JsonParser parser) {
    List<String> strings = new ArrayList<>();
    if (parser.currentToken() == JsonToken.START_ARRAY) {
      for (JsonToken token = parser.nextToken();
          token != JsonToken.END_ARRAY;
          token = parser.nextToken()) {
        strings.add(parser.getValueAsString(""));
        parser.skipChildren();
      }
    }
    return strings;
  }

  private static <T> List<T> skip(JsonParser parser) {
    parser.skipChildren();
    return List.of();
  }

  private static List<SchemaInfo.Member> members(JsonParser parser) {
    List<SchemaInfo.Member> members = new ArrayList<>();
    for (List<String[]> member : objects(parser)) {
      String name = "";
      String type = "";
      boolean optional = false;
      for (String[] entry : member) {
        switch (entry[0]) {
          case "name" -> name = entry[1];
          case "type" -> type = entry[1];
          case "default" -> optional = true;
          default -> {}
        }
      }
      members.add(new SchemaInfo.Member(name, type, optional));
    }
    return members;
  }

  private static List<String> variantTypes(JsonParser parser) {
    List<String> types = new ArrayList<>();
    for (List<String[]> variant : objects(parser)) {
      variant.stream()
          .filter(entry -> entry[0].equals("type"))
          .forEach(entry -> types.add(entry[1]));
    }
    return types;
  }

  /**
   * An array of flat objects, each as its keys and scalar values in order (nested values skipped).
   */
  private static List<List<String[]>> objects(JsonParser parser) {
    List<List<String[]>> objects = new ArrayList<>();
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      parser.skipChildren();
      return objects;
    }
    for (JsonToken token = parser.nextToken();
        token != JsonToken.END_ARRAY;
        token = parser.nextToken()) {
      List<String[]> entries = new ArrayList<>();
      if (token == JsonToken.START_OBJECT) {
        for (String key = parser.nextName(); key != null; key = parser.nextName()) {
          JsonToken value = parser.nextToken();
          entries.add(new String[] {key, value.isScalarValue() ? parser.getValueAsString("") : ""});
          parser.skipChildren();
        }
      } else {
        parser.skipChildren();
      }
      objects.add(entries);
    }
    return objects;
  }
}
