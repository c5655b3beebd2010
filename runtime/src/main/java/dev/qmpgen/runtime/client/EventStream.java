package dev.qmpgen.runtime.client;

import dev.qmpgen.runtime.QmpEvent;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Events a caller pulls at its own pace, as {@code qemu.qmp}'s {@code EventListener} gives them:
 * only those of one type or of some names ({@link QmpClient#events(Class, int)}, {@link
 * QmpClient#events(java.util.Set, int)}), held in this stream's own bounded queue. The reader
 * thread queues each matching event as it reads it and never waits here: when the queue is full the
 * newest events are dropped, counted in {@link #overflow()} and logged, and other subscribers lose
 * nothing. Close the stream when done; the client's end ends it too.
 *
 * <pre>{@code
 * try (EventStream<BlockJobCompleted> jobs = qemu.events(BlockJobCompleted.class, 64)) {
 *   Optional<BlockJobCompleted> done = jobs.poll(Duration.ofSeconds(30));
 * }
 * }</pre>
 *
 * <p>Thread-safe; usually one thread polls.
 */
public final class EventStream<E extends QmpEvent> implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(EventStream.class.getName());

  private record Held<E>(E event, long weight) {}

  private final String name;
  private final Class<E> type;
  private final Predicate<? super E> filter;
  private final int capacity;
  private final long maxBytes;
  private final Consumer<EventStream<?>> onClose;
  private final ArrayDeque<Held<E>> queue = new ArrayDeque<>();
  private long bytes;
  private long dropped;
  private long firstDroppedLine;
  private long lastDroppedLine;
  private boolean dropping;
  private Disconnect end;
  private boolean closed;

  EventStream(
      String name,
      Class<E> type,
      Predicate<? super E> filter,
      int capacity,
      long maxBytes,
      Consumer<EventStream<?>> onClose) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive but is " + capacity);
    }
    this.name = name;
    this.type = type;
    this.filter = filter;
    this.capacity = capacity;
    this.maxBytes = maxBytes;
    this.onClose = onClose;
  }

  /**
   * The next event, waiting up to {@code timeout} for one; empty if none came in time. Events
   * already queued are still returned after the connection ended.
   *
   * @throws QmpDisconnectedException once the queue is empty and the connection has ended
   * @throws IllegalStateException if this stream was closed
   */
  public Optional<E> poll(Duration timeout) throws InterruptedException, QmpDisconnectedException {
    Objects.requireNonNull(timeout, "timeout");
    long deadline = System.nanoTime() + Math.max(0, timeout.toNanos());
    synchronized (this) {
      while (queue.isEmpty() && end == null && !closed) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return Optional.empty();
        }
        TimeUnit.NANOSECONDS.timedWait(this, left);
      }
      if (closed) {
        throw new IllegalStateException("the event stream " + describe() + " was closed");
      }
      Held<E> next = queue.poll();
      if (next == null) {
        throw new QmpDisconnectedException(end);
      }
      bytes -= next.weight();
      dropping = false; // room again: a later drop starts a new gap, logged anew
      return Optional.of(next.event());
    }
  }

  /**
   * What this stream dropped since it was opened because its queue was full: the number of events
   * and the lines of the first and last; empty if nothing was dropped.
   */
  public Optional<EventOverflow> overflow() {
    synchronized (this) {
      return dropped == 0
          ? Optional.empty()
          : Optional.of(new EventOverflow(dropped, 0, firstDroppedLine, lastDroppedLine));
    }
  }

  /** Stops receiving; events still queued are discarded. Idempotent. */
  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      queue.clear();
      bytes = 0;
      notifyAll();
    }
    onClose.accept(this);
  }

  @Override
  public String toString() {
    return "EventStream[" + describe() + "]";
  }

  /** Reader thread: queues {@code event} if it passes the filter and fits; never blocks. */
  void offer(QmpEvent event, long lineNumber, int weight) {
    if (!type.isInstance(event)) {
      return;
    }
    E typed = type.cast(event);
    if (!filter.test(typed)) {
      return;
    }
    synchronized (this) {
      if (closed || end != null) {
        return;
      }
      if (queue.size() >= capacity || bytes + weight > maxBytes) {
        drop(lineNumber);
        return;
      }
      queue.add(new Held<>(typed, weight));
      bytes += weight;
      notifyAll();
    }
  }

  /** The connection ended: pollers get what is queued, then {@code disconnect}. */
  synchronized void finish(Disconnect disconnect) {
    if (end == null) {
      end = disconnect;
      notifyAll();
    }
  }

  private void drop(long lineNumber) {
    if (dropped == 0) {
      firstDroppedLine = lineNumber;
    }
    dropped++;
    lastDroppedLine = lineNumber;
    if (!dropping) {
      dropping = true;
      LOG.log(
          Level.WARNING,
          "{0}: event stream {1} is full ({2} events), dropping events from line {3}",
          name,
          describe(),
          capacity,
          lineNumber);
    }
  }

  private String describe() {
    return filter instanceof NamedEvents names ? names.toString() : type.getName();
  }
}
