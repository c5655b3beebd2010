package dev.qmpgen.runtime;

import java.util.Optional;

/**
 * A JSON text that could not be decoded into an event: malformed JSON, no event name, a required
 * field missing, a value of the wrong JSON type. The one exception type decoding throws.
 */
public final class DecodeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What was wrong. */
  public enum Problem {
    /**
     * The text is not JSON, or is cut short, or repeats a member name in one object (which of the
     * values was meant is unknowable, so the event is not delivered, not even as failed).
     */
    MALFORMED_JSON,
    /** The JSON is not an event object: not an object, or no {@code "event"} name. */
    NOT_AN_EVENT,
    /** A field the spec requires is absent. */
    MISSING_FIELD,
    /** A value is of another JSON type than the spec declares. */
    WRONG_TYPE,
    /** A value is outside what the Java type can hold. */
    OUT_OF_RANGE
  }

  private final Problem problem;
  private final String eventName;
  private final String field;
  private final String detail;

  public DecodeException(Problem problem, String eventName, String field, String detail) {
    super(describe(eventName, field, detail));
    this.problem = problem;
    this.eventName = eventName == null ? "" : eventName;
    this.field = field == null ? "" : field;
    this.detail = detail;
  }

  static DecodeException malformed(String detail) {
    return new DecodeException(Problem.MALFORMED_JSON, "", "", "malformed JSON: " + detail);
  }

  /**
   * A required field absent from the data of {@code eventName}; {@code field} is its dotted path.
   */
  public static DecodeException missingField(String eventName, String field) {
    return new DecodeException(Problem.MISSING_FIELD, eventName, field, "missing required field");
  }

  /** A value of the wrong JSON type; {@code expected} names the declared type ("a string"). */
  public static DecodeException wrongType(
      String eventName, String field, String expected, Object found) {
    return new DecodeException(
        Problem.WRONG_TYPE, eventName, field, "expected " + expected + " but found " + found);
  }

  public Problem problem() {
    return problem;
  }

  /** The event being decoded, when its name had been read. */
  public Optional<String> eventName() {
    return eventName.isEmpty() ? Optional.empty() : Optional.of(eventName);
  }

  /**
   * The dotted path of the field at fault inside {@code data} ({@code client.host}), when one is.
   */
  public Optional<String> field() {
    return field.isEmpty() ? Optional.empty() : Optional.of(field);
  }

  /** What was wrong, without the event and field. */
  public String detail() {
    return detail;
  }

  private static String describe(String eventName, String field, String detail) {
    StringBuilder message = new StringBuilder();
    if (eventName != null && !eventName.isEmpty()) {
      message.append(eventName).append(": ");
    }
    if (field != null && !field.isEmpty()) {
      message.append("data.").append(field).append(": ");
    }
    return message.append(detail).toString();
  }
}
