package dev.qmpgen.runtime.stream;

import java.util.Optional;

/**
 * Checks a line's nesting depth and string lengths with one pass over its bytes, before any JSON
 * parser allocates for it, and counts (at most) the JSON values in it on the way: what decoding the
 * line can cost in memory. The check only needs to know where strings are; whether the rest is JSON
 * is the parser's business.
 */
final class JsonBounds {

  private final int maxDepth;
  private final int maxStringBytes;

  JsonBounds(QmpLimits limits) {
    this.maxDepth = limits.maxNestingDepth();
    this.maxStringBytes = limits.maxStringBytes();
  }

  /** The first bound the line breaks, or empty; and the most JSON values the line can hold. */
  Scan check(byte[] bytes, int offset, int length) {
    int depth = 0;
    // Every value and member name but the first follows a ':' or ',' or opens an object or array.
    int values = 1;
    boolean inString = false;
    boolean escaped = false;
    int stringStart = 0;
    for (int i = offset, stop = offset + length; i < stop; i++) {
      byte b = bytes[i];
      if (inString) {
        if (escaped) {
          escaped = false;
        } else if (b == '\\') {
          escaped = true;
        } else if (b == '"') {
          inString = false;
        }
        // counts the bytes between the quotes, escapes as written
        if (inString && i - stringStart > maxStringBytes) {
          return Scan.broken(
              QmpBadLine.Problem.STRING_TOO_LONG,
              i - offset,
              "a string is longer than " + maxStringBytes + " bytes",
              values);
        }
      } else if (b == '"') {
        inString = true;
        stringStart = i;
      } else if (b == '{' || b == '[') {
        values++;
        if (++depth > maxDepth) {
          return Scan.broken(
              QmpBadLine.Problem.TOO_DEEP,
              i - offset,
              "nesting deeper than " + maxDepth + " levels",
              values);
        }
      } else if (b == '}' || b == ']') {
        depth--;
      } else if (b == ':' || b == ',') {
        values++;
      }
    }
    return new Scan(Optional.empty(), values);
  }

  /** What the pass over one line found. */
  record Scan(Optional<Violation> violation, int values) {

    /** A scan stopped at the first broken bound, with the values counted up to it. */
    static Scan broken(QmpBadLine.Problem problem, int at, String detail, int values) {
      return new Scan(Optional.of(new Violation(problem, at, detail)), values);
    }
  }

  /** A broken bound, at a byte offset inside the line. */
  record Violation(QmpBadLine.Problem problem, int at, String detail) {}
}
