package dev.qmpgen.spec.internal.parser;

import dev.qmpgen.spec.EnumValue;
import dev.qmpgen.spec.FieldSpec;
import dev.qmpgen.spec.Position;
import dev.qmpgen.spec.WholeData;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares each example of a section with its field list and warns where they disagree: another
 * event name than the heading's, a data key the field list lacks, a required field the example
 * lacks, a value outside the enumerated ones, a value of another JSON type than declared. Examples
 * without an {@code "event"} member (commands shown with {@code ->}) are not events and are
 * skipped.
 */
final class ExampleLint {

  private final List<String> headingNames;
  private final Diagnostics diagnostics;
  // Built once per field list and per enumerated field, so that a long example costs no more
  // than its length.
  private final Map<List<FieldSpec>, Map<String, FieldSpec>> fieldsByName = new IdentityHashMap<>();
  private final Map<FieldSpec, Set<String>> valueNames = new IdentityHashMap<>();

  private ExampleLint(List<String> headingNames, Diagnostics diagnostics) {
    this.headingNames = headingNames;
    this.diagnostics = diagnostics;
  }

  static void check(
      List<String> headingNames,
      List<FieldSpec> fields,
      List<JsonValue.Obj> examples,
      Diagnostics diagnostics) {
    ExampleLint lint = new ExampleLint(headingNames, diagnostics);
    examples.forEach(example -> lint.checkExample(example, fields));
  }

  private void checkExample(JsonValue.Obj example, List<FieldSpec> fields) {
    Optional<JsonValue.Member> event = example.member("event");
    if (event.isEmpty()) {
      return;
    }
    checkEventName(event.get().value());
    Optional<JsonValue.Member> data = example.member("data");
    if (data.isPresent() && WholeData.field(fields).isPresent()) {
      return; // its type is described elsewhere, so there is nothing to compare
    }
    if (data.isEmpty()) {
      reportMissing(fields, Map.of(), example.position());
    } else if (data.get().value() instanceof JsonValue.Obj object) {
      checkObject(object, fields, "the field list");
    } else {
      diagnostics.warning(
          data.get().value().position(),
          "example \"data\" is a "
              + data.get().value().kind()
              + ", but event data is a json-object");
    }
  }

  private void checkEventName(JsonValue name) {
    if (name instanceof JsonValue.Str text && !headingNames.contains(text.value())) {
      diagnostics.warning(
          name.position(),
          "example names event \""
              + text.value()
              + "\", but the heading is \""
              + String.join(", ", headingNames)
              + "\"");
    }
  }

  private void checkObject(JsonValue.Obj object, List<FieldSpec> fields, String where) {
    Map<String, FieldSpec> byName = fieldsByName.computeIfAbsent(fields, ExampleLint::indexByName);
    for (JsonValue.Member member : object.members().values()) {
      FieldSpec field = byName.get(member.key());
      if (field == null) {
        diagnostics.warning(
            member.keyPosition(), "example data key \"" + member.key() + "\" is not in " + where);
      } else {
        checkValue(member.value(), field);
      }
    }
    reportMissing(fields, object.members(), object.position());
  }

  private void reportMissing(
      List<FieldSpec> fields, Map<String, JsonValue.Member> present, Position at) {
    for (FieldSpec field : fields) {
      if (!field.optional() && !present.containsKey(field.name())) {
        diagnostics.warning(
            at, "required field \"" + field.name() + "\" is missing from the example");
      }
    }
  }

  private void checkValue(JsonValue value, FieldSpec field) {
    if (!JsonKinds.matches(field.type(), value)) {
      diagnostics.warning(
          value.position(),
          "value of \""
              + field.name()
              + "\" is a "
              + value.kind()
              + ", but the field is declared "
              + field.type().specName());
      return;
    }
    if (value instanceof JsonValue.Str text && field.isEnumerated() && !isEnumerated(field, text)) {
      diagnostics.warning(
          value.position(),
          "value \""
              + text.value()
              + "\" of \""
              + field.name()
              + "\" is not among its enumerated values "
              + field.values().stream()
                  .map(v -> "\"" + v.name() + "\"")
                  .collect(Collectors.joining(", ")));
    }
    String where = "the members of \"" + field.name() + "\"";
    if (value instanceof JsonValue.Obj object && !field.fields().isEmpty()) {
      checkObject(object, field.fields(), where);
    } else if (value instanceof JsonValue.Arr array && !field.fields().isEmpty()) {
      for (JsonValue item : array.items()) {
        if (item instanceof JsonValue.Obj element) {
          checkObject(element, field.fields(), where);
        }
      }
    }
  }

  private boolean isEnumerated(FieldSpec field, JsonValue.Str text) {
    return valueNames
        .computeIfAbsent(
            field, f -> f.values().stream().map(EnumValue::name).collect(Collectors.toSet()))
        .contains(text.value());
  }

  private static Map<String, FieldSpec> indexByName(List<FieldSpec> fields) {
    Map<String, FieldSpec> byName = new HashMap<>();
    fields.forEach(field -> byName.putIfAbsent(field.name(), field));
    return byName;
  }
}
