package dev.qmpgen.runtime.drift;

import java.util.Objects;

/**
 * One way a member the bindings know and the QEMU's schema disagree.
 *
 * @param path where, from the event's {@code data} ({@code data.server.auth}; {@code []} for the
 *     elements of an array)
 * @param kind what kind of disagreement
 * @param message a sentence for a person, saying what the bindings do about it
 */
public record MemberDifference(String path, Kind kind, String message) {

  public MemberDifference {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
  }

  /** The kinds of disagreement. */
  public enum Kind {
    /** QEMU sends a member the bindings do not list; they keep it as an unknown field. */
    NOT_IN_SPEC,
    /** The bindings list a member QEMU's schema does not have. */
    NOT_IN_QEMU,
    /** Optional on one side, required on the other. */
    OPTIONALITY,
    /** Another JSON type. */
    TYPE,
    /** The listed values differ; the bindings keep an unlisted value as its raw string. */
    VALUES
  }
}
