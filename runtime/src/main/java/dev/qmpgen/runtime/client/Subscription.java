package dev.qmpgen.runtime.client;

import dev.qmpgen.runtime.QmpEvent;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A handler told of the events of one type or of some names, on the dispatcher thread like every
 * {@link QmpListener} ({@link QmpClient#subscribe(Class, Consumer)}). Close it to stop.
 */
public final class Subscription implements AutoCloseable {

  private final Listener<?> listener;
  private final Consumer<QmpListener> onClose;

  <E extends QmpEvent> Subscription(
      Class<E> type,
      Predicate<? super E> filter,
      Consumer<? super E> handler,
      Consumer<QmpListener> onClose) {
    this.listener = new Listener<>(type, filter, handler);
    this.onClose = onClose;
  }

  /**
   * What the shared event buffer dropped since this subscription began because listeners fell
   * behind ({@link QmpClientOptions#eventBufferCapacity()}), whether or not this subscription's
   * filter would have taken it; empty if nothing was dropped.
   */
  public Optional<EventOverflow> overflow() {
    return listener.overflow();
  }

  /** Stops delivery; the event being delivered, if any, may still reach the handler. Idempotent. */
  @Override
  public void close() {
    onClose.accept(listener);
  }

  QmpListener listener() {
    return listener;
  }

  /** Filters on the dispatcher thread, and totals the overflow reports it is told of. */
  private static final class Listener<E extends QmpEvent> implements QmpListener {
    private final Class<E> type;
    private final Predicate<? super E> filter;
    private final Consumer<? super E> handler;
    private EventOverflow overflow; // dispatcher thread writes, any thread reads: guarded by this

    Listener(Class<E> type, Predicate<? super E> filter, Consumer<? super E> handler) {
      this.type = type;
      this.filter = filter;
      this.handler = handler;
    }

    @Override
    public void onEvent(QmpEvent event) {
      if (type.isInstance(event) && filter.test(type.cast(event))) {
        handler.accept(type.cast(event));
      }
    }

    @Override
    public synchronized void onOverflow(EventOverflow more) {
      overflow =
          overflow == null
              ? more
              : new EventOverflow(
                  overflow.droppedEvents() + more.droppedEvents(),
                  overflow.droppedNotices() + more.droppedNotices(),
                  overflow.firstLineNumber(),
                  more.lastLineNumber());
    }

    synchronized Optional<EventOverflow> overflow() {
      return Optional.ofNullable(overflow);
    }

    @Override
    public String toString() {
      return "subscription to "
          + (filter instanceof NamedEvents names ? names : type.getName())
          + " for "
          + handler;
    }
  }
}
