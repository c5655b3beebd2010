package dev.qmpgen.benchmarks.corpus;

import java.io.ByteArrayOutputStream;

/**
 * A corpus of event lines read as an endless cycle, {@link #EVENTS} consecutive lines per benchmark
 * invocation. JMH takes the events an invocation handles as a constant ({@code
 * OperationsPerInvocation}), so corpora of different sizes are read in windows of one size; over a
 * whole cycle every line is read equally often. {@link QemuTraffic} is exactly one window: it is
 * read whole, from its first line, every time.
 *
 * <p>The windows are built once, so moving to the next costs an index and nothing is allocated
 * while measuring.
 */
public final class CorpusWindows {

  /** Lines per window: the size of {@link QemuTraffic}. */
  public static final int EVENTS = QemuTraffic.SIZE;

  private final byte[][][] lines;
  // The windows' lines as one newline-separated stream: the corpus, repeated until every window
  // stands in it contiguously, and where each window starts and ends in it.
  private final byte[] stream;
  private final int[] streamStarts;
  private final int[] streamEnds;
  private int current = -1;

  public CorpusWindows(byte[][] corpus) {
    // Window k starts at line k * EVENTS of the cycle; after corpus.length / gcd of them, the
    // cycle is back at line 0.
    int count = corpus.length / gcd(corpus.length, EVENTS);
    int[] lineStarts = new int[corpus.length + EVENTS];
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    for (int i = 0; i < lineStarts.length; i++) {
      lineStarts[i] = text.size();
      if (i < lineStarts.length - 1) {
        text.writeBytes(corpus[i % corpus.length]);
        text.write('\n');
      }
    }
    stream = text.toByteArray();
    lines = new byte[count][EVENTS][];
    streamStarts = new int[count];
    streamEnds = new int[count];
    for (int k = 0; k < count; k++) {
      int first = k * EVENTS % corpus.length;
      for (int i = 0; i < EVENTS; i++) {
        lines[k][i] = corpus[(first + i) % corpus.length];
      }
      streamStarts[k] = lineStarts[first];
      streamEnds[k] = lineStarts[first + EVENTS];
    }
  }

  /** Moves to the next window, and returns its number for the other methods. */
  public int next() {
    current = current + 1 == lines.length ? 0 : current + 1;
    return current;
  }

  /** How many windows a cycle has; {@link #next()} returns each of 0 to count - 1 in turn. */
  public int count() {
    return lines.length;
  }

  /** The {@link #EVENTS} lines of window {@code window}, each one event without its line end. */
  public byte[][] lines(int window) {
    return lines[window];
  }

  /**
   * The stream the windows stand in; window {@code window} is {@link #streamLength} bytes from
   * {@link #streamOffset}, each line ended by a newline as on a QMP socket.
   */
  public byte[] stream() {
    return stream;
  }

  public int streamOffset(int window) {
    return streamStarts[window];
  }

  public int streamLength(int window) {
    return streamEnds[window] - streamStarts[window];
  }

  private static int gcd(int a, int b) {
    return b == 0 ? a : gcd(b, a % b);
  }
}
