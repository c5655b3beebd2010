package dev.qmpgen.runtime.stream;

import dev.qmpgen.runtime.RawJson;
import java.util.Optional;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads {@code {"return": ..., "id": ...}} and {@code {"error": {...}, "id": ...}} in any member
 * order.
 */
final class ResponseReader {

  private ResponseReader() {}

  /**
   * The parser is on the response's {@code START_OBJECT}; it is left on the matching {@code
   * END_OBJECT}.
   */
  static QmpResponse read(JsonParser parser, long lineNumber) {
    Optional<RawJson> id = Optional.empty();
    RawJson returned = null;
    QmpError error = null;
    for (String member = parser.nextName(); member != null; member = parser.nextName()) {
      parser.nextToken();
      switch (member) {
        case "id" -> id = Optional.of(RawJson.read(parser));
        case "return" -> returned = RawJson.read(parser);
        case "error" -> error = readError(parser, lineNumber);
        default -> parser.skipChildren();
      }
    }
    if (returned != null && error != null) {
      throw invalid("both \"return\" and \"error\"");
    }
    if (returned != null) {
      return new QmpReturn(lineNumber, id, returned);
    }
    return new QmpError(lineNumber, id, error.errorClass(), error.description());
  }

  private static QmpError readError(JsonParser parser, long lineNumber) {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw invalid("\"error\" is not an object");
    }
    String errorClass = null;
    String description = null;
    for (String member = parser.nextName(); member != null; member = parser.nextName()) {
      JsonToken value = parser.nextToken();
      switch (member) {
        case "class" -> errorClass = string(parser, value, "error.class");
        case "desc" -> description = string(parser, value, "error.desc");
        default -> parser.skipChildren();
      }
    }
    if (errorClass == null || description == null) {
      throw invalid("\"error\" needs both \"class\" and \"desc\"");
    }
    return new QmpError(lineNumber, Optional.empty(), errorClass, description);
  }

  private static String string(JsonParser parser, JsonToken value, String what) {
    if (value != JsonToken.VALUE_STRING) {
      throw invalid(what + " is not a string");
    }
    return parser.getString();
  }

  private static BadLineException invalid(String detail) {
    return new BadLineException(QmpBadLine.Problem.INVALID_RESPONSE, detail);
  }
}
