package dev.qmpgen.spec.internal.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The ways the spec lists a string field's values: a {@code "value": description} line, a line of
 * quoted values ({@code "reset", "shutdown", or "none"}), quoted values inside the type comment
 * ({@code (json-string, "read" or "write")}), and prose ({@code can be "a" or "b"}).
 */
final class EnumValueSyntax {

  /** A value and the text describing it, with the offset of the value's opening quote. */
  record Found(String name, String description, int offset) {}

  private static final List<String> PROSE_LEADS = List.of("can be", "is one of");

  private EnumValueSyntax() {}

  /** {@code "ignore": error has been ignored}, the form of an indented value list. */
  static Optional<Found> describedValue(SourceLine line) {
    String text = line.text();
    int open = line.contentStart();
    if (text.charAt(open) != '"') {
      return Optional.empty();
    }
    int close = text.indexOf('"', open + 1);
    if (close < 0) {
      return Optional.empty();
    }
    int colon = skipSpaces(text, close + 1);
    if (colon >= text.length() || text.charAt(colon) != ':') {
      return Optional.empty();
    }
    String description = text.substring(colon + 1).strip();
    return Optional.of(new Found(text.substring(open + 1, close), description, open));
  }

  /** A line holding nothing but quoted values and separators; empty for any other line. */
  static Optional<List<Found>> valueList(SourceLine line) {
    String text = line.text();
    List<Found> found = new ArrayList<>();
    int index = line.contentStart();
    while (index < text.length()) {
      if (text.charAt(index) != '"') {
        return Optional.empty();
      }
      int close = text.indexOf('"', index + 1);
      if (close < 0) {
        return Optional.empty();
      }
      found.add(new Found(text.substring(index + 1, close), "", index));
      index = skipSeparators(text, close + 1);
    }
    return found.isEmpty() ? Optional.empty() : Optional.of(found);
  }

  /**
   * The quoted values in a type comment, each with the text after it up to the next value as its
   * description ({@code "stream" for image streaming "commit" for block commit}).
   */
  static List<Found> inComment(String comment, int commentOffset) {
    List<Found> found = new ArrayList<>();
    int open = comment.indexOf('"');
    while (open >= 0) {
      int close = comment.indexOf('"', open + 1);
      int end = close < 0 ? comment.length() : close;
      int next = close < 0 ? -1 : comment.indexOf('"', close + 1);
      String between =
          close < 0 ? "" : comment.substring(close + 1, next < 0 ? comment.length() : next);
      found.add(
          new Found(
              comment.substring(open + 1, end), cleanDescription(between), commentOffset + open));
      open = next;
    }
    return found;
  }

  /**
   * Values a description gives in prose: {@code can be "a", "b" or "c"}, {@code is one of "x",
   * "y"}.
   */
  static List<Found> inProse(String description) {
    String lower = description.toLowerCase(Locale.ROOT);
    for (String lead : PROSE_LEADS) {
      int at = lower.indexOf(lead);
      if (at >= 0) {
        List<Found> found = quotedRun(description, skipSeparators(description, at + lead.length()));
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    return List.of();
  }

  private static List<Found> quotedRun(String text, int start) {
    List<Found> found = new ArrayList<>();
    int index = start;
    while (index < text.length() && text.charAt(index) == '"') {
      int close = text.indexOf('"', index + 1);
      if (close < 0) {
        break;
      }
      found.add(new Found(text.substring(index + 1, close), "", index));
      index = skipSeparators(text, close + 1);
    }
    return found;
  }

  /**
   * Trims the glue between values: commas, colons, a leading or trailing "or"/"and", "optional".
   */
  static String cleanDescription(String text) {
    String cleaned = trimGlue(text);
    for (String word : List.of("or ", "and ")) {
      if (cleaned.toLowerCase(Locale.ROOT).startsWith(word)) {
        cleaned = trimGlue(cleaned.substring(word.length()));
      }
    }
    for (String word : List.of(" or", " and", "optional")) {
      if (cleaned.toLowerCase(Locale.ROOT).endsWith(word)) {
        cleaned = trimGlue(cleaned.substring(0, cleaned.length() - word.length()));
      }
    }
    return cleaned.equalsIgnoreCase("or") || cleaned.equalsIgnoreCase("and") ? "" : cleaned;
  }

  private static String trimGlue(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isGlue(text.charAt(start))) {
      start++;
    }
    while (end > start && isGlue(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static boolean isGlue(char c) {
    return Character.isWhitespace(c) || c == ',' || c == ';' || c == ':' || c == '.';
  }

  /** Skips white space, commas and the words "or" / "and" between quoted values. */
  private static int skipSeparators(String text, int start) {
    int index = start;
    while (index < text.length()) {
      char c = text.charAt(index);
      if (Character.isWhitespace(c) || c == ',' || c == '.' || c == ':') {
        index++;
      } else if (isWordAt(text, index, "or")) {
        index += 2;
      } else if (isWordAt(text, index, "and")) {
        index += 3;
      } else {
        break;
      }
    }
    return index;
  }

  private static boolean isWordAt(String text, int index, String word) {
    int end = index + word.length();
    return text.startsWith(word, index)
        && (end == text.length() || !Character.isLetter(text.charAt(end)));
  }

  private static int skipSpaces(String text, int start) {
    int index = start;
    while (index < text.length() && (text.charAt(index) == ' ' || text.charAt(index) == '\t')) {
      index++;
    }
    return index;
  }
}
