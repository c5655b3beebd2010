package dev.qmpgen.spec.internal.parser;

import dev.qmpgen.spec.JsonType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The parenthesised type of a field line: {@code (json-string)}, {@code (int, optional)}, {@code
 * (json-string, "read" or "write")}, {@code (json-string; comment listing "values")}.
 *
 * @param type the declared type; empty for {@code (optional)} alone
 * @param typeWord the type word as written, for messages
 * @param typeOffset the offset of the type word in the field's text
 * @param optional whether the annotation says {@code optional}
 * @param values quoted values of the comment
 * @param comment the comment after the type when it lists no values, without {@code optional}
 */
record TypeAnnotation(
    Optional<JsonType> type,
    String typeWord,
    int typeOffset,
    boolean optional,
    List<EnumValueSyntax.Found> values,
    String comment) {

  TypeAnnotation {
    values = List.copyOf(values);
  }

  /**
   * Reads the inside of a parenthesised group found at {@code offset}; empty when the group is
   * prose ("(e.g., reason for the corruption)", "(Since 2.6)") rather than a type. A group is a
   * type when it starts with a {@code json-} word or a bare type word, ends with a {@code json-}
   * word, or says {@code optional}.
   */
  static Optional<TypeAnnotation> parse(String inner, int offset) {
    int start = 0;
    while (start < inner.length() && Character.isWhitespace(inner.charAt(start))) {
      start++;
    }
    int end = start;
    while (end < inner.length() && !isWordEnd(inner.charAt(end))) {
      end++;
    }
    String word = inner.substring(start, end);
    String lower = word.toLowerCase(Locale.ROOT);
    String rest = inner.substring(end);
    boolean optional = lower.equals("optional") || hasOptionalItem(rest);
    Optional<JsonType> type = JsonType.fromSpecWord(word);
    Optional<TypeAnnotation> trailing =
        type.isPresent() || lower.startsWith("json-")
            ? Optional.empty()
            : trailingType(inner, offset);
    if (trailing.isPresent()) {
      return trailing;
    }
    if (type.isEmpty() && lower.startsWith("json-")) {
      type = Optional.of(JsonType.UNRECOGNISED);
    } else if (type.isEmpty() && lower.equals("optional")) {
      word = "";
    } else if (type.isEmpty() && optional && !word.isEmpty()) {
      type = Optional.of(JsonType.UNRECOGNISED); // "(strnig, optional)"
    } else if (type.isEmpty()) {
      return Optional.empty();
    }
    List<EnumValueSyntax.Found> values = EnumValueSyntax.inComment(rest, offset + end);
    String comment = values.isEmpty() ? commentOf(rest) : "";
    return Optional.of(new TypeAnnotation(type, word, offset + start, optional, values, comment));
  }

  /**
   * A type written last, after the values it enumerates, as QEMU 1.1 wrote the block job type:
   * {@code ("stream" for image streaming, json-string)}, possibly followed by {@code optional}.
   * Only a {@code json-} word counts there, so that prose in parentheses ending in a plain word
   * ("(e.g., reason for the corruption)") stays prose.
   */
  private static Optional<TypeAnnotation> trailingType(String inner, int offset) {
    int end = inner.length();
    int separator = lastSeparator(inner, end);
    boolean optional =
        separator >= 0 && inner.substring(separator + 1).strip().equalsIgnoreCase("optional");
    if (optional) {
      end = separator;
      separator = lastSeparator(inner, end);
    }
    if (separator < 0) {
      return Optional.empty();
    }
    String item = inner.substring(separator + 1, end);
    String word = item.strip();
    if (!word.toLowerCase(Locale.ROOT).startsWith("json-")
        || word.chars().anyMatch(Character::isWhitespace)) {
      return Optional.empty();
    }
    JsonType type = JsonType.fromSpecWord(word).orElse(JsonType.UNRECOGNISED);
    int wordOffset = offset + separator + 1 + item.indexOf(word);
    String comment = inner.substring(0, separator);
    List<EnumValueSyntax.Found> values = EnumValueSyntax.inComment(comment, offset);
    String prose = values.isEmpty() ? EnumValueSyntax.cleanDescription(comment) : "";
    return Optional.of(
        new TypeAnnotation(Optional.of(type), word, wordOffset, optional, values, prose));
  }

  /** The index of the last comma or semicolon before {@code end}, or -1. */
  private static int lastSeparator(String text, int end) {
    for (int i = end - 1; i >= 0; i--) {
      if (text.charAt(i) == ',' || text.charAt(i) == ';') {
        return i;
      }
    }
    return -1;
  }

  private static boolean isWordEnd(char c) {
    return Character.isWhitespace(c) || c == ',' || c == ';' || c == ')';
  }

  /** {@code optional} as one comma- or semicolon-separated item of the annotation. */
  private static boolean hasOptionalItem(String rest) {
    int itemStart = 0;
    for (int i = 0; i <= rest.length(); i++) {
      if (i == rest.length() || rest.charAt(i) == ',' || rest.charAt(i) == ';') {
        if (rest.substring(itemStart, i).strip().equalsIgnoreCase("optional")) {
          return true;
        }
        itemStart = i + 1;
      }
    }
    return false;
  }

  private static String commentOf(String rest) {
    StringBuilder comment = new StringBuilder();
    int itemStart = 0;
    for (int i = 0; i <= rest.length(); i++) {
      if (i == rest.length() || rest.charAt(i) == ',' || rest.charAt(i) == ';') {
        String item = rest.substring(itemStart, i).strip();
        if (!item.isEmpty() && !item.equalsIgnoreCase("optional")) {
          comment.append(comment.length() > 0 ? ", " : "").append(item);
        }
        itemStart = i + 1;
      }
    }
    String text = comment.toString();
    return text.toLowerCase(Locale.ROOT).startsWith("of ") ? text.substring(3).strip() : text;
  }
}
