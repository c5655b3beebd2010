package dev.qmpgen.runtime.stream;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads {@code {"QMP": {"version": {"qemu": {"major": M, "minor": N, "micro": U}, "package": P},
 * "capabilities": [...]}}}. QMP requires both the version and the capabilities; a greeting lacking
 * either is refused rather than guessed at.
 */
final class GreetingReader {

  private GreetingReader() {}

  /**
   * The parser is on the greeting's {@code START_OBJECT}; it is left on the matching {@code
   * END_OBJECT}.
   */
  static QmpGreeting read(JsonParser parser, long lineNumber) {
    QmpGreeting greeting = null;
    for (String member = parser.nextName(); member != null; member = parser.nextName()) {
      parser.nextToken();
      if (member.equals("QMP")) {
        greeting = readBody(parser, lineNumber);
      } else {
        parser.skipChildren();
      }
    }
    expect(greeting != null, "no \"QMP\" member");
    return greeting;
  }

  private static QmpGreeting readBody(JsonParser parser, long lineNumber) {
    expect(parser.currentToken() == JsonToken.START_OBJECT, "\"QMP\" is not an object");
    QemuVersion version = null;
    List<String> capabilities = null;
    for (String member = parser.nextName(); member != null; member = parser.nextName()) {
      parser.nextToken();
      switch (member) {
        case "version" -> version = readVersion(parser);
        case "capabilities" -> capabilities = readCapabilities(parser);
        default -> parser.skipChildren();
      }
    }
    expect(version != null, "the greeting has no \"version\"");
    expect(capabilities != null, "the greeting has no \"capabilities\"");
    return new QmpGreeting(lineNumber, version, capabilities);
  }

  private static QemuVersion readVersion(JsonParser parser) {
    expect(parser.currentToken() == JsonToken.START_OBJECT, "\"version\" is not an object");
    int[] numbers = null;
    String packageName = "";
    for (String member = parser.nextName(); member != null; member = parser.nextName()) {
      JsonToken value = parser.nextToken();
      switch (member) {
        case "qemu" -> numbers = readNumbers(parser);
        case "package" -> {
          expect(value == JsonToken.VALUE_STRING, "\"version.package\" is not a string");
          packageName = parser.getString();
        }
        default -> parser.skipChildren();
      }
    }
    expect(numbers != null, "the greeting's version has no \"qemu\" member");
    return new QemuVersion(numbers[0], numbers[1], numbers[2], packageName);
  }

  private static int[] readNumbers(JsonParser parser) {
    expect(parser.currentToken() == JsonToken.START_OBJECT, "\"version.qemu\" is not an object");
    int[] numbers = {-1, -1, -1};
    for (String member = parser.nextName(); member != null; member = parser.nextName()) {
      JsonToken value = parser.nextToken();
      int slot =
          switch (member) {
            case "major" -> 0;
            case "minor" -> 1;
            case "micro" -> 2;
            default -> -1;
          };
      if (slot < 0) {
        parser.skipChildren();
        continue;
      }
      expect(
          value == JsonToken.VALUE_NUMBER_INT
              && parser.getNumberType() == JsonParser.NumberType.INT
              && parser.getIntValue() >= 0,
          "\"version.qemu." + member + "\" is not a small integer");
      numbers[slot] = parser.getIntValue();
    }
    expect(
        numbers[0] >= 0 && numbers[1] >= 0 && numbers[2] >= 0,
        "\"version.qemu\" needs \"major\", \"minor\" and \"micro\"");
    return numbers;
  }

  private static List<String> readCapabilities(JsonParser parser) {
    expect(parser.currentToken() == JsonToken.START_ARRAY, "\"capabilities\" is not an array");
    List<String> capabilities = new ArrayList<>();
    for (JsonToken item = parser.nextToken();
        item != JsonToken.END_ARRAY;
        item = parser.nextToken()) {
      expect(item == JsonToken.VALUE_STRING, "a capability is not a string");
      capabilities.add(parser.getString());
    }
    return capabilities;
  }

  private static void expect(boolean condition, String detail) {
    if (!condition) {
      throw new BadLineException(QmpBadLine.Problem.INVALID_GREETING, detail);
    }
  }
}
