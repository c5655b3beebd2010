package dev.qmpgen.spec.internal.parser;

import java.util.Optional;

/**
 * Finds the type of a field among the parenthesised groups of its text. The last group that reads
 * as a type wins, so that prose in parentheses before it ("(e.g., reason for the corruption)")
 * stays description. An unclosed group runs to the end of the text.
 */
final class TypeGroups {

  /** A type group: its bounds in the text ({@code close} just past the parenthesis) and meaning. */
  record Group(int open, int close, TypeAnnotation annotation) {

    /** The text with this group cut out, the pieces around it joined by one space. */
    String descriptionWithout(String text) {
      String before = text.substring(0, open).strip();
      String after = text.substring(close).strip();
      if (after.startsWith(":") || after.startsWith(".") || after.startsWith(",")) {
        after = after.substring(1).strip(); // "(json-string):" introduces a value list
      }
      if (after.isEmpty() || before.isEmpty()) {
        return (before + after).strip();
      }
      return before + (endsSentence(before, after) ? ". " : " ") + after;
    }

    /**
     * Whether the group stood where one sentence ends and the next begins ("Current progress value
     * (json-int)" then "On success this is equal to len."), so that cutting it out must leave the
     * full stop the line break stood for.
     */
    private static boolean endsSentence(String before, String after) {
      int wordEnd = 0;
      while (wordEnd < after.length() && Character.isLetter(after.charAt(wordEnd))) {
        wordEnd++;
      }
      String word = after.substring(0, wordEnd);
      // A capitalised word starts a sentence; an acronym ("QEMU", "VNC") may stand mid-sentence.
      boolean capitalised =
          word.length() > 1
              && Character.isUpperCase(word.charAt(0))
              && word.substring(1).chars().allMatch(Character::isLowerCase);
      return capitalised && Character.isLetterOrDigit(before.charAt(before.length() - 1));
    }
  }

  private TypeGroups() {}

  static Optional<Group> lastTypeGroup(String text) {
    Optional<Group> last = Optional.empty();
    int depth = 0;
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        if (depth == 0) {
          open = i;
        }
        depth++;
      } else if (c == ')' && depth > 0) {
        depth--;
        if (depth == 0) {
          Optional<Group> group = asType(text, open, i, i + 1);
          if (group.isPresent()) {
            last = group;
          }
        }
      }
    }
    if (depth > 0) {
      Optional<Group> unclosed = asType(text, open, text.length(), text.length());
      if (unclosed.isPresent()) {
        last = unclosed;
      }
    }
    return last;
  }

  private static Optional<Group> asType(String text, int open, int innerEnd, int close) {
    return TypeAnnotation.parse(text.substring(open + 1, innerEnd), open + 1)
        .map(annotation -> new Group(open, close, annotation));
  }
}
