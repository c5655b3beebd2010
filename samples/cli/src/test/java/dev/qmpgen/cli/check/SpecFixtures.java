package dev.qmpgen.cli.check;

import dev.qmpgen.spec.EnumValue;
import dev.qmpgen.spec.EventSpec;
import dev.qmpgen.spec.FieldSpec;
import dev.qmpgen.spec.JsonType;
import dev.qmpgen.spec.Position;
import dev.qmpgen.spec.SpecDocument;
import java.util.List;
import java.util.Optional;

/** Small spec models written by hand, so the comparison is tested apart from the parser. */
final class SpecFixtures {

  private static final Position HERE = new Position("test.txt", 1, 1);

  private SpecFixtures() {}

  static SpecDocument document(EventSpec... events) {
    return new SpecDocument("test.txt", List.of(events));
  }

  static EventSpec event(String name, FieldSpec... fields) {
    return new EventSpec(name, "", List.of(fields), List.of(), List.of(), Optional.empty(), HERE);
  }

  static FieldSpec field(String name, JsonType type) {
    return new FieldSpec(name, type, false, "", List.of(), List.of(), "", HERE);
  }

  static FieldSpec optional(String name, JsonType type) {
    return new FieldSpec(name, type, true, "", List.of(), List.of(), "", HERE);
  }

  static FieldSpec enumerated(String name, String... values) {
    List<EnumValue> enumValues =
        java.util.Arrays.stream(values).map(v -> new EnumValue(v, "", HERE)).toList();
    return new FieldSpec(name, JsonType.STRING, false, "", enumValues, List.of(), "", HERE);
  }

  static FieldSpec object(String name, FieldSpec... fields) {
    return new FieldSpec(name, JsonType.OBJECT, false, "", List.of(), List.of(fields), "", HERE);
  }
}
