package dev.qmpgen.runtime.client;

import java.io.IOException;

/** A command or wait that cannot complete because the connection ended. */
public final class QmpDisconnectedException extends IOException {

  private static final long serialVersionUID = 1L;

  private final transient Disconnect disconnect;

  public QmpDisconnectedException(Disconnect disconnect) {
    super("QMP connection ended: " + disconnect, disconnect.cause().orElse(null));
    this.disconnect = disconnect;
  }

  public Disconnect disconnect() {
    return disconnect;
  }
}
