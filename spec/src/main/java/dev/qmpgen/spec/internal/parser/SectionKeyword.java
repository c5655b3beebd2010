package dev.qmpgen.spec.internal.parser;

import java.util.Optional;

/**
 * The words that open a part of an event section: {@code Data:}, {@code Example:}, {@code
 * Notes:}...
 */
enum SectionKeyword {
  DESCRIPTION("Description:"),
  DATA("Data:"),
  EXAMPLE("Example:", "Examples:"),
  NOTE("Note:", "Notes:"),
  SINCE("Since:");

  /** A keyword found at the start of a line, and where the text after it starts. */
  record Match(SectionKeyword keyword, SourceLine line, int restIndex) {

    /** The text after the keyword on the same line, trimmed; empty for a bare {@code Data:}. */
    String rest() {
      return line.text().substring(restIndex);
    }
  }

  private final String[] spellings;

  SectionKeyword(String... spellings) {
    this.spellings = spellings;
  }

  static Optional<Match> of(SourceLine line) {
    String text = line.text();
    for (SectionKeyword keyword : values()) {
      for (String spelling : keyword.spellings) {
        if (text.regionMatches(true, line.contentStart(), spelling, 0, spelling.length())) {
          int rest = line.contentStart() + spelling.length();
          while (rest < text.length() && (text.charAt(rest) == ' ' || text.charAt(rest) == '\t')) {
            rest++;
          }
          return Optional.of(new Match(keyword, line, rest));
        }
      }
    }
    return Optional.empty();
  }
}
