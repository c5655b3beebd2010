package dev.qmpgen.spec.internal.parser;

import dev.qmpgen.spec.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * Text joined from pieces of several lines (a field's description and its continuation lines),
 * joined by single spaces, that still knows where each character came from.
 */
final class SourceText {

  private record Piece(int offset, SourceLine line, int index) {}

  private final String file;
  private final StringBuilder text = new StringBuilder();
  private final List<Piece> pieces = new ArrayList<>();

  SourceText(String file) {
    this.file = file;
  }

  /** Appends the line from {@code index} on, trailing white space already gone. */
  void append(SourceLine line, int index) {
    String piece = line.text().substring(Math.min(index, line.text().length())).strip();
    if (piece.isEmpty()) {
      return;
    }
    if (text.length() > 0) {
      text.append(' ');
    }
    int start = index;
    while (start < line.text().length() && Character.isWhitespace(line.text().charAt(start))) {
      start++;
    }
    pieces.add(new Piece(text.length(), line, start));
    text.append(piece);
  }

  String text() {
    return text.toString();
  }

  /** The spec position of the character at {@code offset} of {@link #text()}. */
  Position position(int offset) {
    int low = 0;
    int high = pieces.size() - 1;
    if (high < 0) {
      return new Position(file, 1, 1);
    }
    while (low < high) {
      int middle = (low + high + 1) >>> 1;
      if (pieces.get(middle).offset() <= offset) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    Piece piece = pieces.get(low);
    return piece.line().position(file, piece.index() + Math.max(0, offset - piece.offset()));
  }
}
