package dev.qmpgen.spec.internal.parser;

import java.util.Optional;

/**
 * The start of a field line, {@code - "name":}, with the name in double quotes, single quotes or
 * none ({@code - data: ...}), vendor prefixes included ({@code __com.redhat_reason}) and padding
 * before the description allowed.
 *
 * @param name the field name
 * @param nameIndex where the name starts in the line
 * @param descriptionIndex where the text after the colon starts
 */
record FieldHead(String name, int nameIndex, int descriptionIndex) {

  static Optional<FieldHead> read(SourceLine line) {
    String text = line.text();
    int index = skipSpaces(text, line.contentStart() + 1); // past the bullet
    if (index >= text.length()) {
      return Optional.empty();
    }
    char quote = text.charAt(index);
    int nameStart;
    int nameEnd;
    int afterName;
    if (quote == '"' || quote == '\'') {
      nameStart = index + 1;
      nameEnd = text.indexOf(quote, nameStart);
      if (nameEnd < 0) {
        return Optional.empty();
      }
      afterName = nameEnd + 1;
    } else {
      nameStart = index;
      nameEnd = index;
      while (nameEnd < text.length() && isBareNameChar(text.charAt(nameEnd))) {
        nameEnd++;
      }
      afterName = nameEnd;
    }
    int colon = skipSpaces(text, afterName);
    if (nameEnd <= nameStart || colon >= text.length() || text.charAt(colon) != ':') {
      return Optional.empty();
    }
    String name = text.substring(nameStart, nameEnd).strip();
    if (name.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new FieldHead(name, nameStart, skipSpaces(text, colon + 1)));
  }

  private static boolean isBareNameChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '_'
        || c == '-'
        || c == '.'
        || c == '+';
  }

  private static int skipSpaces(String text, int start) {
    int index = start;
    while (index < text.length() && (text.charAt(index) == ' ' || text.charAt(index) == '\t')) {
      index++;
    }
    return index;
  }
}
