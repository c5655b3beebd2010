package dev.qmpgen.runtime;

import dev.qmpgen.runtime.internal.Json;
import dev.qmpgen.runtime.internal.MemberNames;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.sym.PropertyNameMatcher;

/** Reads the envelope's {@code {"seconds": S, "microseconds": U}} object. */
final class TimestampReader {

  /** Matched as the parser reads the names, without looking them up as Strings. */
  private static final PropertyNameMatcher MEMBERS = Json.matcher("seconds", "microseconds");

  private static final int SECONDS = 0;
  private static final int MICROSECONDS = 1;

  private TimestampReader() {}

  static Timestamp read(JsonParser parser, String eventName) {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw wrong(eventName, "timestamp", "an object", parser.currentToken());
    }
    long seconds = 0;
    long microseconds = 0;
    boolean sawSeconds = false;
    boolean sawMicroseconds = false;
    MemberNames others = null; // members QMP does not define, rarely any
    for (int member = parser.nextNameMatch(MEMBERS);
        member != PropertyNameMatcher.MATCH_END_OBJECT;
        member = parser.nextNameMatch(MEMBERS)) {
      JsonToken value = parser.nextToken();
      switch (member) {
        case SECONDS -> {
          refuseRepeat(sawSeconds, parser, eventName);
          seconds = readLong(parser, value, eventName, "timestamp.seconds");
          sawSeconds = true;
        }
        case MICROSECONDS -> {
          refuseRepeat(sawMicroseconds, parser, eventName);
          microseconds = readLong(parser, value, eventName, "timestamp.microseconds");
          sawMicroseconds = true;
        }
        default -> {
          if (others == null) {
            others = new MemberNames();
            others.startObject();
          }
          refuseRepeat(!others.add(parser.currentName()), parser, eventName);
          RawJson.read(parser); // refuses a repeat inside the value too
        }
      }
    }
    if (!sawSeconds || !sawMicroseconds) {
      throw new DecodeException(
          DecodeException.Problem.MISSING_FIELD,
          eventName,
          "",
          "timestamp needs both \"seconds\" and \"microseconds\"");
    }
    return new Timestamp(seconds, microseconds);
  }

  private static void refuseRepeat(boolean repeated, JsonParser parser, String eventName) {
    if (repeated) {
      throw MemberNames.repeated(
          eventName == null ? "" : eventName, "timestamp." + parser.currentName());
    }
  }

  private static long readLong(JsonParser parser, JsonToken value, String eventName, String what) {
    if (value != JsonToken.VALUE_NUMBER_INT) {
      throw wrong(eventName, what, "an integer", value);
    }
    JsonParser.NumberType type = parser.getNumberType();
    if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
      throw new DecodeException(
          DecodeException.Problem.OUT_OF_RANGE, eventName, "", what + " does not fit in a long");
    }
    return parser.getLongValue();
  }

  private static DecodeException wrong(
      String eventName, String what, String expected, JsonToken found) {
    return new DecodeException(
        DecodeException.Problem.WRONG_TYPE,
        eventName,
        "",
        "expected " + what + " to be " + expected + " but found " + Json.describe(found));
  }
}
