package dev.qmpgen.processor;

import dev.qmpgen.spec.EnumValue;
import dev.qmpgen.spec.FieldSpec;
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

  static String of(List<FieldSpec> fields) {
    return fields.stream()
        .sorted(Comparator.comparing(FieldSpec::name))
        .map(ShapeKey::member)
        .collect(Collectors.joining(",", "{", "}"));
  }

  private static String member(FieldSpec field) {
    StringBuilder key = new StringBuilder();
    key.append(quote(field.name())).append(':').append(field.type().specName());
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
    return key.toString();
  }

  private static String quote(String name) {
    return '"' + name.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
