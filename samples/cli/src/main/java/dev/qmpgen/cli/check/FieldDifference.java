package dev.qmpgen.cli.check;

/**
 * One way a spec field and the running QEMU's schema disagree.
 *
 * @param path where, from the event's {@code data} ({@code data.server.auth})
 * @param kind what kind of disagreement
 * @param message a sentence for a person
 */
public record FieldDifference(String path, Kind kind, String message) {

  public enum Kind {
    /** QEMU sends a member the spec does not list; the bindings keep it as an unknown field. */
    NOT_IN_SPEC("not-in-spec"),
    /** The spec lists a member QEMU's schema does not have. */
    NOT_IN_QEMU("not-in-qemu"),
    /** Optional on one side, required on the other. */
    OPTIONALITY("optionality"),
    /** Another JSON type. */
    TYPE("type"),
    /** The enumerated values differ; the bindings keep an unlisted value as its raw string. */
    VALUES("values");

    private final String jsonName;

    Kind(String jsonName) {
      this.jsonName = jsonName;
    }

    /** The spelling in {@code check --json} output. */
    public String jsonName() {
      return jsonName;
    }
  }
}
