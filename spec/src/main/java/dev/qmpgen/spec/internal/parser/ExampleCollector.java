package dev.qmpgen.spec.internal.parser;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts one example JSON object out of a section's lines by counting braces outside strings. The
 * object ends on the line where its braces balance, or, when they never do (a broken example), at
 * the first blank line, section keyword or new arrow line, so that one bad brace cannot swallow the
 * rest of the section. Lines of closing braces right after a balanced object are kept apart as
 * stray lines: the object before them is complete JSON, and they must not join the prose.
 */
final class ExampleCollector {

  /** What {@link #collect} found, and the index of the first line after it. */
  record Collected(ExampleText example, int next) {}

  private ExampleCollector() {}

  /** The index in the line where an example object starts, or -1 when it does not start one. */
  static int objectStart(SourceLine line) {
    String text = line.text();
    int index = line.contentStart();
    if (text.startsWith("<-", index) || text.startsWith("->", index)) {
      index += 2;
      while (index < text.length() && (text.charAt(index) == ' ' || text.charAt(index) == '\t')) {
        index++;
      }
    }
    return index < text.length() && text.charAt(index) == '{' ? index : -1;
  }

  static Collected collect(List<SourceLine> lines, int start, String label, String file) {
    SourceLine first = lines.get(start);
    int firstIndex = objectStart(first);
    StringBuilder json = new StringBuilder(first.text().substring(firstIndex));
    int depth = depthChange(first.text(), firstIndex);
    int index = start + 1;
    while (depth > 0 && index < lines.size() && continuesObject(lines.get(index))) {
      json.append('\n').append(lines.get(index).text());
      depth += depthChange(lines.get(index).text(), 0);
      index++;
    }
    List<SourceLine> strays = new ArrayList<>();
    while (depth <= 0 && index < lines.size() && isStrayClose(lines.get(index))) {
      strays.add(lines.get(index));
      index++;
    }
    return new Collected(
        new ExampleText(file, label, json.toString(), first.number(), firstIndex, strays), index);
  }

  private static boolean isStrayClose(SourceLine line) {
    return continuesObject(line)
        && (line.content().startsWith("}") || line.content().startsWith("]"));
  }

  private static boolean continuesObject(SourceLine line) {
    String content = line.content();
    return !line.isBlank()
        && !content.startsWith("<-")
        && !content.startsWith("->")
        && SectionKeyword.of(line).isEmpty();
  }

  /** Opening minus closing braces in {@code text} from {@code from}, ignoring those in strings. */
  private static int depthChange(String text, int from) {
    int change = 0;
    boolean inString = false;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{') {
        change++;
      } else if (c == '}') {
        change--;
      }
    }
    return change;
  }
}
