package dev.qmpgen.runtime.client;

import java.lang.System.Logger.Level;
import java.util.List;

/**
 * The dispatcher thread's work: hands notifications to every listener in order, until the
 * connection's end has been delivered. Only this thread runs listener code.
 */
final class Dispatcher implements Runnable {

  private static final System.Logger LOG = System.getLogger(Dispatcher.class.getName());

  private final NotificationBuffer buffer;
  private final List<QmpListener> listeners;

  /** {@code listeners} is read on every notification, so it must be safe to read while changed. */
  Dispatcher(NotificationBuffer buffer, List<QmpListener> listeners) {
    this.buffer = buffer;
    this.listeners = listeners;
  }

  @Override
  public void run() {
    try {
      for (Notification next = buffer.take(); next != null; next = buffer.take()) {
        deliver(next);
        if (next instanceof Notification.End) {
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // close() gave up waiting for a listener
    }
  }

  private void deliver(Notification notification) {
    for (QmpListener listener : listeners) {
      if (buffer.isDiscarded() && !(notification instanceof Notification.End)) {
        return; // closed, perhaps by the listener just called: the rest is dropped
      }
      try {
        notification.deliverTo(listener);
      } catch (RuntimeException e) {
        LOG.log(
            Level.WARNING,
            "QMP listener " + listener + " failed on line " + notification.lineNumber(),
            e);
      }
    }
  }
}
