package dev.qmpgen.runtime.client;

import dev.qmpgen.runtime.QmpEvent;
import dev.qmpgen.runtime.stream.QmpBadLine;
import dev.qmpgen.runtime.stream.QmpResponse;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Told, on the client's dispatcher thread and in the order lines arrived, what the stream carries
 * besides command responses. Every method does nothing by default. A listener may be slow: command
 * responses and event waiters do not wait for it, but past the event buffer's bound notifications
 * are dropped and {@link #onOverflow} says how many.
 *
 * <p>An exception thrown by a listener is logged and does not stop delivery.
 */
public interface QmpListener {

  /**
   * An event, typed if the registry knows it, an {@code UnknownEvent} if not, a {@code FailedEvent}
   * if it knows it but the data did not match (lenient decoding; {@link #onBadLine} is not called
   * for it).
   */
  default void onEvent(QmpEvent event) {}

  /** A line that could not be used; the stream went on with the next line. */
  default void onBadLine(QmpBadLine badLine) {}

  /** A response no pending command awaits: an unknown id, no id, or a command already timed out. */
  default void onUnmatchedResponse(QmpResponse response) {}

  /** Notifications were dropped because listeners fell behind. */
  default void onOverflow(EventOverflow overflow) {}

  /** The connection ended; the last call this listener gets. */
  default void onDisconnect(Disconnect disconnect) {}

  /** A listener for events only, such as a generated visitor's {@code visit} method. */
  static QmpListener ofEvents(Consumer<? super QmpEvent> consumer) {
    Objects.requireNonNull(consumer, "consumer");
    return new QmpListener() {
      @Override
      public void onEvent(QmpEvent event) {
        consumer.accept(event);
      }
    };
  }
}
