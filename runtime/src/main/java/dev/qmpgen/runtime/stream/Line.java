package dev.qmpgen.runtime.stream;

/**
 * One line cut from the stream by {@link LineSplitter}. For a {@link Kind#COMPLETE} line the bytes
 * are a view of the splitter's buffer, valid only until the next line is read.
 *
 * @param length the bytes in {@code bytes} from {@code offset}: the whole line without its line end
 *     when complete, otherwise the kept start of it
 * @param totalLength how many bytes the line really had (more than {@code length} when too long)
 */
record Line(long number, Kind kind, byte[] bytes, int offset, int length, long totalLength) {

  enum Kind {
    COMPLETE,
    /** Over the limit; only its start was kept. */
    TOO_LONG,
    /** The stream ended before the line's {@code \n}. */
    TRUNCATED
  }
}
