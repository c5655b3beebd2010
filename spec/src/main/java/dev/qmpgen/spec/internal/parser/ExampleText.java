package dev.qmpgen.spec.internal.parser;

import dev.qmpgen.spec.Position;
import java.util.List;

/**
 * The text of one example JSON object as cut from the spec: consecutive source lines, the first one
 * starting at the opening brace (after any {@code <-} / {@code ->} arrow).
 *
 * @param label the sub-example label ("Read operation"), or empty
 * @param json the text, lines joined with {@code \n}
 * @param firstLine the number of the line the text starts on
 * @param firstIndex the 0-based index of the opening brace in that line
 * @param strayLines lines holding only closing braces right after a balanced object (QEMU 1.6's
 *     NIC_RX_FILTER_CHANGED closes its example, then has a lone {@code }} line): not part of the
 *     JSON, reported on their own
 */
record ExampleText(
    String file,
    String label,
    String json,
    int firstLine,
    int firstIndex,
    List<SourceLine> strayLines) {

  ExampleText {
    strayLines = List.copyOf(strayLines);
  }

  Position start() {
    return new Position(file, firstLine, firstIndex + 1);
  }

  /** Maps a 1-based line and column inside {@link #json} back to the spec file. */
  Position position(int jsonLine, int jsonColumn) {
    int line = Math.max(1, jsonLine);
    int column = Math.max(1, jsonColumn);
    return new Position(file, firstLine + line - 1, line == 1 ? firstIndex + column : column);
  }
}
