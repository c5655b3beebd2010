package dev.qmpgen.runtime.drift;

import java.util.List;
import java.util.Objects;

/**
 * One event as the bindings know it: what a drift check compares with a QEMU's schema. Generated
 * bindings list theirs in {@code EventDescriptions.all()}, beside {@code Events}.
 *
 * @param name the wire name ({@code BLOCK_IO_ERROR})
 * @param members the members of its {@code data}, in spec order; empty for an event without data
 */
public record EventDescription(String name, List<MemberDescription> members) {

  public EventDescription {
    Objects.requireNonNull(name, "name");
    members = List.copyOf(members);
  }
}
