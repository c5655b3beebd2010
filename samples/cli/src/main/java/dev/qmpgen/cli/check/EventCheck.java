package dev.qmpgen.cli.check;

import java.util.List;

/**
 * The verdict on one event name: known to the bindings or not, and how its fields compare.
 *
 * @param differences empty unless the status is {@link Status#DIFFERS}
 */
public record EventCheck(String name, Status status, List<FieldDifference> differences) {

  public EventCheck {
    differences = List.copyOf(differences);
  }

  public enum Status {
    /** Known to the bindings, and the fields agree with QEMU's schema. */
    MATCHES("matches"),
    /** Known to the bindings, with at least one field difference. */
    DIFFERS("differs"),
    /** QEMU can send it; the bindings will deliver it as an unknown event. */
    UNKNOWN_TO_BINDINGS("unknown to the bindings"),
    /** The bindings know it; this QEMU never sends it. */
    NOT_SENT_BY_QEMU("not sent by this QEMU");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    /** Words for the table and the {@code --json} output. */
    public String label() {
      return label;
    }
  }
}
