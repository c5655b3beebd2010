package dev.qmpgen.spec.internal.parser;

import dev.qmpgen.spec.Position;

/**
 * One line of a spec text, end-of-line characters and trailing white space removed.
 *
 * @param number the 1-based line number
 * @param text the line as written, tabs kept, so that columns match what an editor shows
 * @param indent the width of the leading white space, a tab advancing to the next multiple of 8
 * @param contentStart the 0-based index in {@link #text} of the first character that is not leading
 *     white space ({@code text.length()} for a blank line)
 */
record SourceLine(int number, String text, int indent, int contentStart) {

  static final int TAB_WIDTH = 8;

  static SourceLine of(int number, String text) {
    String trimmed = text.stripTrailing();
    int width = 0;
    int index = 0;
    while (index < trimmed.length() && isIndentChar(trimmed.charAt(index))) {
      width = trimmed.charAt(index) == '\t' ? (width / TAB_WIDTH + 1) * TAB_WIDTH : width + 1;
      index++;
    }
    return new SourceLine(number, trimmed, width, index);
  }

  private static boolean isIndentChar(char c) {
    return c == ' ' || c == '\t' || c == '\f' || c == '\u000B';
  }

  /** The line without its leading white space. */
  String content() {
    return text.substring(contentStart);
  }

  boolean isBlank() {
    return contentStart == text.length();
  }

  /** The 1-based column of the character at {@code index} of {@link #text}. */
  int column(int index) {
    return Math.max(1, index + 1);
  }

  Position position(String file, int index) {
    return new Position(file, number, column(index));
  }

  /** Where the content starts. */
  Position position(String file) {
    return position(file, contentStart);
  }

  /** Whether the whole content is {@code c} repeated, as in a heading underline. */
  boolean isRuleOf(char c) {
    if (isBlank()) {
      return false;
    }
    for (int i = contentStart; i < text.length(); i++) {
      if (text.charAt(i) != c) {
        return false;
      }
    }
    return true;
  }
}
