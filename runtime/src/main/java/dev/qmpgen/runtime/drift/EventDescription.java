package dev.qmpgen.runtime.drift;

import java.util.List;
import java.util.Objects;

/**
 * One event as the bindings know it: what a drift check compares with a QEMU's schema. Generated
 * bindings list theirs in {@code EventDescriptions.all()}, beside {@code Events}.
 *
 * @param name the wire name ({@code BLOCK_IO_ERROR})
 * @param members the members of its {@code data}, in spec order; empty for an event without data,
 *     and when {@code rawData}
 * @param rawData whether the bindings keep the whole {@code data} object as raw JSON (the spec
 *     describes it only as a type named elsewhere: {@code - data: ACPIOSTInfo type as described in
 *     qapi-schema.json}), so that any data QEMU sends fits
 */
public record EventDescription(String name, List<MemberDescription> members, boolean rawData) {

  public EventDescription {
    Objects.requireNonNull(name, "name");
    members = List.copyOf(members);
    if (rawData && !members.isEmpty()) {
      throw new IllegalArgumentException(name + ": data kept raw has no members to list");
    }
  }

  /** An event whose data members the bindings list. */
  public EventDescription(String name, List<MemberDescription> members) {
    this(name, members, false);
  }
}
