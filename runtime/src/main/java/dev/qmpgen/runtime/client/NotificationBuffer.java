package dev.qmpgen.runtime.client;

import java.lang.System.Logger.Level;
import java.util.ArrayDeque;

/**
 * The bounded hand-off from the reader thread to the dispatcher thread. The reader never waits
 * here: past the bound (a count and a byte total) new notifications are dropped and counted, and
 * the dispatcher delivers one {@link EventOverflow} in their place as soon as it has caught up, so
 * listeners see the gap where it happened. Dropping the newest keeps what was delivered in order.
 */
final class NotificationBuffer {

  private static final System.Logger LOG = System.getLogger(NotificationBuffer.class.getName());

  private final int capacity;
  private final long maxBytes;
  private final String name;
  private final ArrayDeque<Notification> queue = new ArrayDeque<>();
  private long bytes;
  private long droppedEvents;
  private long droppedNotices;
  private long firstDroppedLine;
  private long lastDroppedLine;
  private Disconnect end;
  private boolean endTaken;
  private boolean discarded;

  NotificationBuffer(int capacity, long maxBytes, String name) {
    this.capacity = capacity;
    this.maxBytes = maxBytes;
    this.name = name;
  }

  /** Queues a notification, or drops and counts it if the buffer is full. Never blocks. */
  synchronized void offer(Notification notification) {
    if (end != null) {
      return;
    }
    if (queue.size() >= capacity || bytes + notification.weight() > maxBytes) {
      drop(notification);
      return;
    }
    if (droppedEvents + droppedNotices > 0) {
      queue.add(takeOverflow()); // outside the bound: at most one between two accepted items
    }
    queue.add(notification);
    bytes += notification.weight();
    notifyAll();
  }

  /**
   * The next notification, waiting for one; after the {@link Notification.End} has been taken,
   * {@code null}.
   */
  synchronized Notification take() throws InterruptedException {
    while (queue.isEmpty() && droppedEvents + droppedNotices == 0 && end == null) {
      wait();
    }
    if (!queue.isEmpty()) {
      Notification next = queue.poll();
      bytes -= next.weight();
      return next;
    }
    if (droppedEvents + droppedNotices > 0) {
      return takeOverflow();
    }
    if (endTaken) {
      return null;
    }
    endTaken = true;
    return new Notification.End(end);
  }

  /**
   * Ends the buffer: nothing more is queued, and the dispatcher gets {@code disconnect} after what
   * is queued, or at once if {@code discardQueued}.
   */
  synchronized void finish(Disconnect disconnect, boolean discardQueued) {
    if (end == null) {
      end = disconnect;
    }
    if (discardQueued) {
      discarded = true;
      queue.clear();
      bytes = 0;
      droppedEvents = 0;
      droppedNotices = 0;
    }
    notifyAll();
  }

  /** Whether {@link #finish} discarded what was queued: the client was closed. */
  synchronized boolean isDiscarded() {
    return discarded;
  }

  private void drop(Notification notification) {
    if (droppedEvents + droppedNotices == 0) {
      firstDroppedLine = notification.lineNumber();
      LOG.log(
          Level.WARNING,
          "{0}: listeners are behind, dropping notifications from line {1}"
              + " (event buffer holds {2} notifications, {3} bytes)",
          name,
          firstDroppedLine,
          capacity,
          maxBytes);
    }
    lastDroppedLine = notification.lineNumber();
    if (notification instanceof Notification.Event) {
      droppedEvents++;
    } else {
      droppedNotices++;
    }
  }

  private Notification takeOverflow() {
    EventOverflow overflow =
        new EventOverflow(droppedEvents, droppedNotices, firstDroppedLine, lastDroppedLine);
    droppedEvents = 0;
    droppedNotices = 0;
    return new Notification.Overflow(overflow);
  }
}
