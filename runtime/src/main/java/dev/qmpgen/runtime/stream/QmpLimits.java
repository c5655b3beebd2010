package dev.qmpgen.runtime.stream;

/**
 * Bounds on what a QMP peer may send, so a hostile or broken peer cannot exhaust memory. A line
 * that breaks one is reported as a {@link QmpBadLine} and skipped; the stream goes on with the next
 * line.
 *
 * <p>The defaults ({@link #DEFAULTS}) leave room for QEMU's largest ordinary replies ({@code
 * query-qmp-schema} is a few hundred KiB on one line) while keeping the line buffer of one
 * connection at a few MiB.
 *
 * @param maxLineBytes the longest line accepted, in bytes, without its {@code \r\n}; the reader's
 *     line buffer never grows past this (default 4 MiB)
 * @param maxNestingDepth the deepest nesting of objects and arrays accepted (default 64, the same
 *     bound QEMU's own JSON parser applies to what it reads)
 * @param maxStringBytes the longest string (member names included) accepted, counted in UTF-8 bytes
 *     as written, escapes included, by the stream reader and the client (default 1 MiB); {@code
 *     EventRegistry.decode} hands it to jackson-core, which counts chars instead
 */
public record QmpLimits(int maxLineBytes, int maxNestingDepth, int maxStringBytes) {

  /** 4 MiB lines, nesting depth 64, 1 MiB strings. */
  public static final QmpLimits DEFAULTS = new QmpLimits(4 << 20, 64, 1 << 20);

  public QmpLimits {
    if (maxLineBytes < 64) {
      throw new IllegalArgumentException("maxLineBytes must be at least 64 but is " + maxLineBytes);
    }
    // Room for the protocol itself: a greeting nests four levels deep.
    if (maxNestingDepth < 4) {
      throw new IllegalArgumentException(
          "maxNestingDepth must be at least 4 but is " + maxNestingDepth);
    }
    if (maxStringBytes < 16) {
      throw new IllegalArgumentException(
          "maxStringBytes must be at least 16 but is " + maxStringBytes);
    }
  }

  public QmpLimits withMaxLineBytes(int value) {
    return new QmpLimits(value, maxNestingDepth, maxStringBytes);
  }

  public QmpLimits withMaxNestingDepth(int value) {
    return new QmpLimits(maxLineBytes, value, maxStringBytes);
  }

  public QmpLimits withMaxStringBytes(int value) {
    return new QmpLimits(maxLineBytes, maxNestingDepth, value);
  }
}
