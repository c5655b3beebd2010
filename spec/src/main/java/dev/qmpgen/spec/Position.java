package dev.qmpgen.spec;

import java.util.Objects;

/** A place in a spec text: the file name as the user gave it, and a 1-based line and column. */
public record Position(String file, int line, int column) {

  public Position {
    Objects.requireNonNull(file, "file");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
  }

  /** {@code file:line:column}, the form compilers and editors recognise. */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
