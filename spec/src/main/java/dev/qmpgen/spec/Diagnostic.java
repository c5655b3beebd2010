package dev.qmpgen.spec;

import java.util.Objects;

/** One finding of the parser or the lint: where, how bad, and what was expected. */
public record Diagnostic(Severity severity, Position position, String message) {

  public enum Severity {
    ERROR,
    WARNING,
    /** Worth knowing, never a fault: a decision the user could not have avoided. */
    NOTE;

    /** The lower-case word used in {@code file:line:col: error: message} lines. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(message, "message");
  }

  public static Diagnostic error(Position position, String message) {
    return new Diagnostic(Severity.ERROR, position, message);
  }

  public static Diagnostic warning(Position position, String message) {
    return new Diagnostic(Severity.WARNING, position, message);
  }

  public static Diagnostic note(Position position, String message) {
    return new Diagnostic(Severity.NOTE, position, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code file:line:col: error: message}. */
  @Override
  public String toString() {
    return position + ": " + severity.label() + ": " + message;
  }
}
