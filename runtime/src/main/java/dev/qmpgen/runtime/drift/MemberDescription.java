package dev.qmpgen.runtime.drift;

import java.util.List;
import java.util.Objects;

/**
 * One data member as the bindings know it.
 *
 * @param name the wire name
 * @param type its JSON type
 * @param optional whether the bindings accept an event without it
 * @param values the listed values of an enumerated string, in spec order; empty otherwise
 * @param members the members of an object, or of each element of an array of objects; empty
 *     otherwise
 */
public record MemberDescription(
    String name,
    JsonKind type,
    boolean optional,
    List<String> values,
    List<MemberDescription> members) {

  public MemberDescription {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    values = List.copyOf(values);
    members = List.copyOf(members);
  }
}
