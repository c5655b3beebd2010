package dev.qmpgen.spec;

/**
 * The text of one example JSON object as cut from the spec: consecutive source lines, the first
 * one starting at the opening brace (after any {@code <-} / {@code ->} arrow).
 *
 * @param label the sub-example label ("Read operation"), or empty
 * @param json the text, lines joined with {@code \n}
 * @param firstLine the number of the line the text starts on
 * @param firstIndex the 0-based index of the opening brace in that line
 */
record ExampleText(String file, String label, String json, int firstLine, int firstIndex) {

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
