package dev.qmpgen.runtime.stream;

/** Which QMP message a JSON object is, told by its first distinguishing member. */
enum MessageKind {
  GREETING,
  RESPONSE,
  EVENT;

  /** The kind a top-level member name marks, or {@code null} for members every kind may have. */
  static MessageKind ofMember(String name) {
    return switch (name) {
      case "QMP" -> GREETING;
      case "return", "error" -> RESPONSE;
      case "event" -> EVENT;
      default -> null; // "id", "timestamp", "data" and extensions do not decide
    };
  }
}
