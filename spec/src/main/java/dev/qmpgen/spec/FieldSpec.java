package dev.qmpgen.spec;

import java.util.List;
import java.util.Objects;

/**
 * One member of an event's data, or of an object nested in it.
 *
 * @param name the wire name, exactly as in the JSON ({@code sasl_username}, {@code node-name})
 * @param type the declared JSON type
 * @param optional whether the spec marks the member {@code optional}
 * @param description the prose before the type, joined across continuation lines; may be empty
 * @param values enumerated values of a string field, in spec order; empty when not enumerated
 * @param fields members of an object, or of each element of an array of objects; empty otherwise
 * @param elementDescription for an array, what each element is, when the spec says; may be empty
 * @param position where the field line starts
 */
public record FieldSpec(
    String name,
    JsonType type,
    boolean optional,
    String description,
    List<EnumValue> values,
    List<FieldSpec> fields,
    String elementDescription,
    Position position) {

  public FieldSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(description, "description");
    values = List.copyOf(values);
    fields = List.copyOf(fields);
    Objects.requireNonNull(elementDescription, "elementDescription");
    Objects.requireNonNull(position, "position");
  }

  public boolean isEnumerated() {
    return !values.isEmpty();
  }
}
