package dev.qmpgen.runtime.drift;

import java.util.List;
import java.util.Objects;

/**
 * The verdict on one event name: known to the bindings or not, and how its members compare.
 *
 * @param differences empty unless the status is {@link Status#DIFFERS}
 */
public record EventDrift(String name, Status status, List<MemberDifference> differences) {

  public EventDrift {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
    differences = List.copyOf(differences);
  }

  /** Where an event stands between the bindings and the QEMU. */
  public enum Status {
    /** Known to the bindings, and its members agree with QEMU's schema. */
    MATCHES,
    /** Known to the bindings, with at least one member difference. */
    DIFFERS,
    /** QEMU can send it; the bindings deliver it as an {@code UnknownEvent}, with its data. */
    UNKNOWN_TO_BINDINGS,
    /** The bindings know it; this QEMU never sends it. */
    NOT_SENT_BY_QEMU
  }
}
