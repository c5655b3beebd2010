package dev.qmpgen.runtime.client;

import java.io.IOException;

/** The peer does not speak QMP as expected: no valid greeting on the first line. */
public final class QmpProtocolException extends IOException {

  private static final long serialVersionUID = 1L;

  public QmpProtocolException(String message) {
    super(message);
  }
}
