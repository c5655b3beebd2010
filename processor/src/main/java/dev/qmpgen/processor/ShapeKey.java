package dev.qmpgen.processor;

import dev.qmpgen.spec.EnumValue;
import dev.qmpgen.spec.FieldSpec;
import dev.qmpgen.spec.JsonType;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The structure of an object's members as a string, so that equal shapes share one record:
 * wire names, JSON types, optionality, listed values and nested shapes; member order and
 * descriptions do not count.
 */
final class ShapeKey {

  private ShapeKey() {}

  /**
   * The key of what a field holds that gets its own Java type: an object's members (as
   * {@link #of}), or a union's or an alternate's whole structure.
   */
  static String ofShape(FieldSpec field) {
    return field.type() == JsonType.UNION || field.type() == JsonType.ALTERNATE ? type(field) : of(field.fields());
  }

  static String of(List<FieldSpec> fields) {
    return fields.stream()
        .sorted(Comparator.comparing(FieldSpec::name))
        .map(ShapeKey::member)
        .collect(Collectors.joining(",", "{", "}"));
  }

  private static String member(FieldSpec field) {
    return quote(field.name()) + ':' + type(field);
  }

  /** The structure of a field's type, without its name; the schema's parts only when present. */
  private static String type(FieldSpec field) {
    StringBuilder key = new StringBuilder();
    key.append(field.type().specName());
    if (field.optional()) {
      key.append('?');
    }
    if (field.isEnumerated()) {
      key.append(field.values().stream().map(EnumValue::name).map(ShapeKey::quote).sorted()
          .collect(Collectors.joining("|", "<", ">")));
    }
    if (!field.fields().isEmpty()) {
      key.append(of(field.fields()));
    }
    field.element().ifPresent(element -> key.append('[').append(type(element)).append(']'));
    field.tag().ifPresent(tag -> key.append("tag=").append(quote(tag)));
    if (!field.variants().isEmpty()) {
      key.append(field.variants().stream().map(v -> quote(v.value()) + of(v.fields())).sorted()
          .collect(Collectors.joining(",", "<", ">")));
    }
    if (!field.alternatives().isEmpty()) {
      key.append(field.alternatives().stream().map(ShapeKey::type).sorted().collect(Collectors.joining("|", "(", ")")));
    }
    if (!field.features().isEmpty()) {
      key.append(field.features().stream().sorted().collect(Collectors.joining(",", "#", "")));
    }
    return key.toString();
  }

  private static String quote(String name) {
    return '"' + name.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
