package dev.qmpgen.spec.internal.parser;

import dev.qmpgen.spec.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cuts a spec text into event sections. A heading is a line of event names followed by a line of
 * dashes, whatever its length; a line that merely starts with an event name is not one. Text before
 * the title (a line underlined with {@code =}), such as the chrome of a scraped web page, is
 * skipped with a warning.
 */
final class DocumentSplitter {

  private final List<SourceLine> lines;
  private final Diagnostics diagnostics;

  private DocumentSplitter(List<SourceLine> lines, Diagnostics diagnostics) {
    this.lines = lines;
    this.diagnostics = diagnostics;
  }

  static List<RawSection> split(List<SourceLine> lines, Diagnostics diagnostics) {
    return new DocumentSplitter(lines, diagnostics).sections();
  }

  private List<RawSection> sections() {
    List<Integer> headings = new ArrayList<>();
    int firstHeading = lines.size();
    for (int i = 0; i + 1 < lines.size(); i++) {
      if (isHeading(i)) {
        headings.add(i);
        firstHeading = Math.min(firstHeading, i);
        i++;
      }
    }
    int start = skipBeforeTitle(firstHeading);
    List<RawSection> sections = new ArrayList<>();
    for (int k = 0; k < headings.size(); k++) {
      int heading = headings.get(k);
      if (heading < start) {
        continue;
      }
      int end = k + 1 < headings.size() ? headings.get(k + 1) : lines.size();
      SourceLine line = lines.get(heading);
      List<EventName> names = HeadingSyntax.eventNames(line).orElseThrow();
      sections.add(new RawSection(names, line, lines.subList(heading + 2, end)));
    }
    return sections;
  }

  private boolean isHeading(int index) {
    return lines.get(index + 1).isRuleOf('-')
        && !lines.get(index).isBlank()
        && HeadingSyntax.eventNames(lines.get(index)).isPresent();
  }

  /** Returns the index of the title line, or 0 when there is no title before the first heading. */
  private int skipBeforeTitle(int firstHeading) {
    Optional<Integer> title = findTitle(firstHeading);
    if (title.isEmpty()) {
      return 0;
    }
    int skipped = 0;
    for (int i = 0; i < title.get(); i++) {
      skipped += lines.get(i).isBlank() ? 0 : 1;
    }
    if (skipped > 0) {
      SourceLine titleLine = lines.get(title.get());
      diagnostics.warning(
          new Position(diagnostics.file(), 1, 1),
          "skipped "
              + skipped
              + " non-blank lines before the title \""
              + titleLine.content()
              + "\" (line "
              + titleLine.number()
              + ")");
    }
    return title.get();
  }

  private Optional<Integer> findTitle(int firstHeading) {
    for (int i = 0; i + 1 < firstHeading && i + 1 < lines.size(); i++) {
      if (!lines.get(i).isBlank() && lines.get(i + 1).isRuleOf('=')) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }
}
