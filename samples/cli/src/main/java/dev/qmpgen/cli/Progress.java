package dev.qmpgen.cli;

import java.io.PrintStream;
import java.util.function.LongSupplier;

/**
 * "decoded 120000 lines" on stderr during a long decode, redrawn in place, only when stderr is a
 * terminal and the work has taken more than a second; erased when done, and before anything else is
 * printed (stdout may be the same terminal), then redrawn at the next redraw time.
 */
final class Progress {

  private static final long QUIET_NANOS = 1_000_000_000L;
  private static final long REDRAW_NANOS = 250_000_000L;

  private final PrintStream err;
  private final boolean enabled;
  private final LongSupplier nanoTime;
  private final long start;
  private long lastDrawn = Long.MIN_VALUE;
  private int drawnWidth;

  Progress(PrintStream err, boolean enabled, LongSupplier nanoTime) {
    this.err = err;
    this.enabled = enabled;
    this.nanoTime = nanoTime;
    this.start = nanoTime.getAsLong();
  }

  static Progress on(CommandIo io) {
    return new Progress(io.err(), io.interactive(), System::nanoTime);
  }

  /** Called per line read; draws at most four times a second. */
  void lines(long count) {
    if (!enabled) {
      return;
    }
    long now = nanoTime.getAsLong();
    if (now - start < QUIET_NANOS
        || (lastDrawn != Long.MIN_VALUE && now - lastDrawn < REDRAW_NANOS)) {
      return;
    }
    String text = "decoded " + count + " lines";
    err.print("\r" + text);
    err.flush();
    drawnWidth = text.length();
    lastDrawn = now;
  }

  /** Erases the progress text, if any is shown: before an event, a bad line or the summary. */
  void done() {
    if (drawnWidth > 0) {
      err.print("\r" + " ".repeat(drawnWidth) + "\r");
      err.flush();
      drawnWidth = 0;
    }
  }
}
