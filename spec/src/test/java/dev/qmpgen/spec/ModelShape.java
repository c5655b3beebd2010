package dev.qmpgen.spec;

import java.util.List;
import java.util.Optional;

/**
 * The model with positions stripped and example JSON without layout, so that the original and the
 * scraped seed, which differ only in layout, compare equal; and a small DSL to write it out.
 */
final class ModelShape {

  record Event(
      String name,
      String description,
      List<Field> fields,
      List<Example> examples,
      List<String> notes,
      Optional<String> since) {}

  record Field(
      String name,
      JsonType type,
      boolean optional,
      String description,
      List<Value> values,
      List<Field> fields,
      String elementDescription) {}

  record Value(String name, String description) {}

  record Example(String label, String json, boolean wellFormed) {}

  private ModelShape() {}

  static List<Event> of(SpecDocument document) {
    return document.events().stream().map(ModelShape::of).toList();
  }

  static Event of(EventSpec event) {
    return new Event(
        event.name(),
        event.description(),
        fields(event.fields()),
        event.examples().stream()
            .map(
                e ->
                    new Example(
                        e.label(), e.wellFormed() ? compact(e.json()) : e.json(), e.wellFormed()))
            .toList(),
        event.notes(),
        event.since());
  }

  static List<Field> fields(List<FieldSpec> fields) {
    return fields.stream().map(ModelShape::of).toList();
  }

  static Field of(FieldSpec field) {
    return new Field(
        field.name(),
        field.type(),
        field.optional(),
        field.description(),
        field.values().stream().map(v -> new Value(v.name(), v.description())).toList(),
        fields(field.fields()),
        field.elementDescription());
  }

  /** JSON text without white space outside strings. */
  static String compact(String json) {
    StringBuilder out = new StringBuilder();
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        out.append(c);
        if (c == '\\' && i + 1 < json.length()) {
          out.append(json.charAt(++i));
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
        out.append(c);
      } else if (!Character.isWhitespace(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  // The DSL: event(...), field(...), object(...), value(...), example(...).

  static Event event(
      String name,
      String description,
      List<Field> fields,
      List<Example> examples,
      String... notes) {
    return new Event(name, description, fields, examples, List.of(notes), Optional.empty());
  }

  static List<Field> fields(Field... fields) {
    return List.of(fields);
  }

  static Field field(String name, JsonType type, String description, Value... values) {
    return new Field(name, type, false, description, List.of(values), List.of(), "");
  }

  static Field optionalField(String name, JsonType type, String description, Value... values) {
    return new Field(name, type, true, description, List.of(values), List.of(), "");
  }

  static Field object(String name, String description, Field... members) {
    return new Field(name, JsonType.OBJECT, false, description, List.of(), List.of(members), "");
  }

  static Value value(String name) {
    return new Value(name, "");
  }

  static Value value(String name, String description) {
    return new Value(name, description);
  }

  static List<Example> examples(String... compactJson) {
    return java.util.Arrays.stream(compactJson).map(json -> new Example("", json, true)).toList();
  }
}
