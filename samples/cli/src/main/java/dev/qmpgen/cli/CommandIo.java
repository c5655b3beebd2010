package dev.qmpgen.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Objects;

/**
 * Where a command reads and writes: the process's own streams in {@link Main}, captured ones in
 * tests, which run every command in-process.
 *
 * @param interactive whether stderr is a terminal, so progress may be drawn there
 * @param interrupts how a long-running command learns of Ctrl-C
 */
record CommandIo(
    InputStream in, PrintStream out, PrintStream err, boolean interactive, Interrupts interrupts) {

  CommandIo {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    Objects.requireNonNull(interrupts, "interrupts");
  }

  /** Ctrl-C, as a command sees it. */
  interface Interrupts {

    /**
     * Runs {@code action} when the user interrupts the process, until the returned handle is
     * closed.
     */
    Registration onInterrupt(Runnable action);

    /** For tests and other callers that never interrupt. */
    Interrupts NONE = action -> () -> {};
  }

  /** Ends what {@link Interrupts#onInterrupt} set up. */
  interface Registration extends AutoCloseable {
    @Override
    void close();
  }
}
