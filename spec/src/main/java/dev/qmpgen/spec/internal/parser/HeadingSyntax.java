package dev.qmpgen.spec.internal.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Recognises the text of an event heading: {@code SHUTDOWN}, the numbered {@code 1 SHUTDOWN} of the
 * earliest versions, and {@code SPICE_CONNECTED, SPICE_DISCONNECTED}, which names several events.
 */
final class HeadingSyntax {

  private HeadingSyntax() {}

  /** The names a heading line holds, or empty when the line is not an event heading. */
  static Optional<List<EventName>> eventNames(SourceLine line) {
    String text = line.text();
    int index = skipNumberPrefix(text, line.contentStart());
    List<EventName> names = new ArrayList<>();
    while (index < text.length()) {
      int end = index;
      while (end < text.length() && text.charAt(end) != ',' && !isSpace(text.charAt(end))) {
        end++;
      }
      String word = text.substring(index, end);
      if (!isEventName(word)) {
        return Optional.empty();
      }
      names.add(new EventName(word, index));
      index = skipSpaces(text, end);
      if (index < text.length()) {
        // Two names need a comma between them: "SHUTDOWN RESET" is prose, not a heading.
        if (text.charAt(index) != ',') {
          return Optional.empty();
        }
        index = skipSpaces(text, index + 1);
      }
    }
    return names.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(names));
  }

  /**
   * An event name is upper case ({@code BLOCK_IO_ERROR}), possibly behind a vendor prefix such as
   * {@code __com.redhat_}.
   */
  static boolean isEventName(String word) {
    String bare = word;
    if (word.startsWith("__")) {
      int prefixEnd = word.indexOf('_', 2);
      if (prefixEnd < 0) {
        return false;
      }
      bare = word.substring(prefixEnd + 1);
    }
    if (bare.isEmpty() || bare.charAt(0) < 'A' || bare.charAt(0) > 'Z') {
      return false;
    }
    for (int i = 0; i < bare.length(); i++) {
      char c = bare.charAt(i);
      boolean allowed = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
      if (!allowed) {
        return false;
      }
    }
    return true;
  }

  /** {@code 1 SHUTDOWN} and {@code 1. SHUTDOWN}: the number is not part of the name. */
  private static int skipNumberPrefix(String text, int start) {
    int index = start;
    while (index < text.length() && Character.isDigit(text.charAt(index))) {
      index++;
    }
    if (index == start) {
      return start;
    }
    if (index < text.length() && text.charAt(index) == '.') {
      index++;
    }
    int afterSpace = index;
    while (afterSpace < text.length() && isSpace(text.charAt(afterSpace))) {
      afterSpace++;
    }
    return afterSpace > index ? afterSpace : start;
  }

  private static int skipSpaces(String text, int start) {
    int index = start;
    while (index < text.length() && isSpace(text.charAt(index))) {
      index++;
    }
    return index;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t';
  }
}
