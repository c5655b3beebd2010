package dev.qmpgen.spec.internal.parser;

import java.util.ArrayList;
import java.util.List;

/** Splits a spec text into {@link SourceLine}s, whatever its line endings. */
final class SourceLines {

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private SourceLines() {}

  /**
   * Lines end at LF, CRLF or a lone CR (old Mac files); a final line without an end still counts.
   */
  static List<SourceLine> read(String text) {
    List<SourceLine> lines = new ArrayList<>();
    int start = !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? 1 : 0;
    int index = start;
    while (index < text.length()) {
      char c = text.charAt(index);
      if (c == '\n' || c == '\r') {
        lines.add(SourceLine.of(lines.size() + 1, text.substring(start, index)));
        if (c == '\r' && index + 1 < text.length() && text.charAt(index + 1) == '\n') {
          index++;
        }
        start = index + 1;
      }
      index++;
    }
    if (start < text.length()) {
      lines.add(SourceLine.of(lines.size() + 1, text.substring(start)));
    }
    return lines;
  }
}
