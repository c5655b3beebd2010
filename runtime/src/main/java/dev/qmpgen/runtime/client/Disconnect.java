package dev.qmpgen.runtime.client;

import java.util.Objects;
import java.util.Optional;

/**
 * Why and when a client's connection ended.
 *
 * @param lastLineNumber the last line read before the end (0 if none)
 * @param detail what happened, for people
 * @param cause the I/O error, if one ended the connection
 */
public record Disconnect(
    Reason reason, long lastLineNumber, String detail, Optional<Throwable> cause) {

  /** What ended the connection. */
  public enum Reason {
    /** The peer closed the stream (QEMU exited or closed the monitor). */
    END_OF_STREAM,
    /** Reading or writing failed (for example a connection reset by a killed QEMU). */
    CONNECTION_ERROR,
    /** The peer did not start with a valid QMP greeting. */
    PROTOCOL_ERROR,
    /** A command could not be written within its timeout: the peer stopped reading. */
    PEER_NOT_READING,
    /** {@link QmpClient#close()} was called. */
    CLOSED
  }

  public Disconnect {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(cause, "cause");
  }

  @Override
  public String toString() {
    return reason + " after line " + lastLineNumber + ": " + detail;
  }
}
