package dev.qmpgen.runtime.client;

import dev.qmpgen.runtime.stream.QmpBadLine;
import dev.qmpgen.runtime.stream.QmpEventMessage;
import dev.qmpgen.runtime.stream.QmpGreeting;
import dev.qmpgen.runtime.stream.QmpMessage;
import dev.qmpgen.runtime.stream.QmpResponse;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Sends each message the reader thread reads where it belongs: the greeting to the connecting
 * thread, responses to their commands, events to waiters and (through the buffer) to listeners.
 * Runs only on the reader thread, and never blocks.
 */
final class MessageRouter {

  private final CompletableFuture<QmpGreeting> greeting = new CompletableFuture<>();
  private final PendingCommands pending;
  private final EventWaiters waiters;
  private final NotificationBuffer notifications;
  private final Completions completions;
  private volatile long lastLineNumber;
  /** Reader thread only: {@code greeting} may complete later, on the completion thread. */
  private boolean firstMessageSeen;

  MessageRouter(PendingCommands pending, EventWaiters waiters, NotificationBuffer notifications,
      Completions completions) {
    this.pending = pending;
    this.waiters = waiters;
    this.notifications = notifications;
    this.completions = completions;
  }

  /** Completes with the first line's greeting, or fails if the first line is anything else. */
  CompletableFuture<QmpGreeting> greeting() {
    return greeting;
  }

  long lastLineNumber() {
    return lastLineNumber;
  }

  void route(QmpMessage message) {
    lastLineNumber = message.lineNumber();
    if (!firstMessageSeen) {
      firstMessageSeen = true;
      expectGreeting(message);
      return;
    }
    if (message instanceof QmpResponse response) {
      if (!pending.complete(response)) {
        notifications.offer(new Notification.Unmatched(response, response.toString().length()));
      }
    } else if (message instanceof QmpEventMessage event) {
      waiters.offer(event.event());
      notifications.offer(new Notification.Event(event.lineNumber(), event.weight(), event.event()));
    } else if (message instanceof QmpBadLine badLine) {
      notifications.offer(new Notification.BadLine(badLine));
    } else {
      notifications.offer(new Notification.BadLine(new QmpBadLine(message.lineNumber(),
          QmpBadLine.Problem.INVALID_GREETING, "a second greeting, after the first line", "",
          Optional.empty())));
    }
  }

  private void expectGreeting(QmpMessage message) {
    if (message instanceof QmpGreeting first) {
      completions.complete(greeting, first);
      return;
    }
    String found = message instanceof QmpBadLine bad ? bad.describe() : message.toString();
    completions.fail(greeting, new QmpProtocolException(
        "expected the QMP greeting on line " + message.lineNumber() + " but got: " + found));
    if (message instanceof QmpBadLine bad) {
      notifications.offer(new Notification.BadLine(bad));
    }
  }
}
