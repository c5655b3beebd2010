package dev.qmpgen.spec.internal.parser;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups the lines of a field list into {@link FieldItem}s. A line that is not a bullet continues
 * the field above it, at any indentation (column 0 included, as in the indentation-lost form),
 * unless a blank line separates them and the line is no deeper than that field's bullet: then it is
 * prose, which also covers {@code Data:} written as free text.
 */
final class FieldItemGrouper {

  /** The items, and the prose lines that belong to no field. */
  record Grouped(List<FieldItem> items, List<SourceLine> prose) {}

  private FieldItemGrouper() {}

  /** {@code - "name": ...}; a dash rule and a {@code ->} arrow are not bullets. */
  static boolean isBullet(SourceLine line) {
    String content = line.content();
    return content.length() > 1
        && content.charAt(0) == '-'
        && content.charAt(1) != '-'
        && content.charAt(1) != '>';
  }

  static Grouped group(List<SourceLine> lines) {
    List<FieldItem> items = new ArrayList<>();
    List<SourceLine> prose = new ArrayList<>();
    SourceLine bullet = null;
    List<SourceLine> continuation = new ArrayList<>();
    boolean blankSince = false;
    for (SourceLine line : lines) {
      if (line.isBlank()) {
        blankSince = true;
      } else if (isBullet(line)) {
        if (bullet != null) {
          items.add(new FieldItem(bullet, continuation));
        }
        bullet = line;
        continuation = new ArrayList<>();
        blankSince = false;
      } else if (bullet != null && (!blankSince || line.indent() > bullet.indent())) {
        continuation.add(line);
        blankSince = false;
      } else {
        if (bullet != null) {
          items.add(new FieldItem(bullet, continuation));
          bullet = null;
          continuation = new ArrayList<>();
        }
        prose.add(line);
      }
    }
    if (bullet != null) {
      items.add(new FieldItem(bullet, continuation));
    }
    return new Grouped(List.copyOf(items), List.copyOf(prose));
  }
}
