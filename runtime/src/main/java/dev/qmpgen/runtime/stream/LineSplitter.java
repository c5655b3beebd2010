package dev.qmpgen.runtime.stream;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.util.Arrays;

/**
 * Cuts a byte stream into {@code \n}-terminated lines (a {@code \r} before the {@code \n} is
 * dropped, as QEMU ends lines with {@code \r\n}), handing out views of one reused buffer. The
 * buffer never grows past the line limit: a longer line is skipped as it streams by and reported
 * once.
 */
final class LineSplitter {

  private static final int INITIAL_BUFFER = 8 * 1024;

  private final ReadableByteChannel in;
  private final int maxLineBytes;
  private final int maxBuffer;
  private byte[] buffer;

  /**
   * Unconsumed bytes are {@code buffer[start, end)}; no {@code \n} in {@code [start, scanFrom)}.
   */
  private int start;

  private int end;
  private int scanFrom;
  private long lineNumber;
  private boolean endOfStream;

  /** Set while skipping a line over the limit: its kept start and the bytes seen so far. */
  private byte[] skippedStart;

  private long skippedBytes;

  LineSplitter(ReadableByteChannel in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
    // + 2 so that a line of exactly the limit still fits with its "\r\n"; a limit near
    // Integer.MAX_VALUE ("no limit") is capped at the largest array the JVM reliably allocates.
    this.maxBuffer = (int) Math.min((long) maxLineBytes + 2, Integer.MAX_VALUE - 8);
    this.buffer = new byte[Math.min(INITIAL_BUFFER, maxBuffer)];
  }

  /** The next line, or {@code null} once the stream has ended and every line was handed out. */
  Line next() throws IOException {
    while (true) {
      int newline = indexOfNewline();
      if (newline >= 0) {
        return cut(newline);
      }
      scanFrom = end;
      if (skippedStart != null) {
        skippedBytes += end - start;
        start = end = scanFrom = 0;
      } else if (end - start >= maxBuffer) {
        startSkipping();
      }
      if (endOfStream || !fill()) {
        endOfStream = true;
        return leftover();
      }
    }
  }

  private int indexOfNewline() {
    for (int i = scanFrom; i < end; i++) {
      if (buffer[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private Line cut(int newline) {
    lineNumber++;
    int lineStart = start;
    start = newline + 1;
    scanFrom = start;
    int length = newline - lineStart;
    if (length > 0 && buffer[newline - 1] == '\r') {
      length--;
    }
    if (skippedStart != null) {
      return finishSkipping(length);
    }
    if (length > maxLineBytes) {
      return new Line(
          lineNumber,
          Line.Kind.TOO_LONG,
          head(lineStart, length),
          0,
          Math.min(length, QmpBadLine.EXCERPT_BYTES),
          length);
    }
    return new Line(lineNumber, Line.Kind.COMPLETE, buffer, lineStart, length, length);
  }

  private void startSkipping() {
    skippedStart = head(start, end - start);
    skippedBytes = end - start;
    start = end = scanFrom = 0;
  }

  private Line finishSkipping(int tailLength) {
    byte[] kept = skippedStart;
    long total = skippedBytes + tailLength;
    skippedStart = null;
    skippedBytes = 0;
    return new Line(lineNumber, Line.Kind.TOO_LONG, kept, 0, kept.length, total);
  }

  /** What is left when the stream ends: a line without its {@code \n}, if any. */
  private Line leftover() {
    if (skippedStart != null) {
      lineNumber++;
      Line line =
          new Line(
              lineNumber,
              Line.Kind.TRUNCATED,
              skippedStart,
              0,
              skippedStart.length,
              skippedBytes + (end - start));
      skippedStart = null;
      start = end = scanFrom = 0;
      return line;
    }
    if (end > start) {
      lineNumber++;
      Line line =
          new Line(
              lineNumber,
              Line.Kind.TRUNCATED,
              head(start, end - start),
              0,
              Math.min(end - start, QmpBadLine.EXCERPT_BYTES),
              end - start);
      start = end = scanFrom = 0;
      return line;
    }
    return null;
  }

  private byte[] head(int from, int length) {
    return Arrays.copyOfRange(buffer, from, from + Math.min(length, QmpBadLine.EXCERPT_BYTES));
  }

  /** Reads more bytes after {@code end}, making room first; false at end of stream. */
  private boolean fill() throws IOException {
    if (end == buffer.length) {
      makeRoom();
    }
    while (true) {
      int read = in.read(ByteBuffer.wrap(buffer, end, buffer.length - end));
      if (read < 0) {
        return false;
      }
      if (read > 0) {
        end += read;
        return true;
      }
    }
  }

  private void makeRoom() {
    if (start > 0) {
      System.arraycopy(buffer, start, buffer, 0, end - start);
      end -= start;
      scanFrom -= start;
      start = 0;
    }
    if (end == buffer.length) {
      buffer = Arrays.copyOf(buffer, (int) Math.min((long) buffer.length * 2, maxBuffer));
    }
  }
}
