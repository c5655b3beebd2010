package dev.qmpgen.runtime.client;

import dev.qmpgen.runtime.stream.QmpBadLine;
import dev.qmpgen.runtime.stream.QmpEventMessage;
import dev.qmpgen.runtime.stream.QmpGreeting;
import dev.qmpgen.runtime.stream.QmpMessage;
import dev.qmpgen.runtime.stream.QmpResponse;
import java.lang.System.Logger.Level;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Sends each message the reader thread reads where it belongs: the greeting to the connecting
 * thread, responses to their commands, events to waiters and (through the buffer) to listeners.
 * Runs only on the reader thread, and never blocks.
 */
final class MessageRouter {

  private static final System.Logger LOG = System.getLogger(MessageRouter.class.getName());

  private final CompletableFuture<QmpGreeting> greeting = new CompletableFuture<>();
  private final String name;
  private final PendingCommands pending;
  private final EventWaiters waiters;
  private final EventStreams streams;
  private final NotificationBuffer notifications;
  private final Completions completions;
  private volatile long lastLineNumber;

  /** Reader thread only: {@code greeting} may complete later, on the completion thread. */
  private boolean greetingSeen;

  MessageRouter(
      String name,
      PendingCommands pending,
      EventWaiters waiters,
      EventStreams streams,
      NotificationBuffer notifications,
      Completions completions) {
    this.name = name;
    this.pending = pending;
    this.waiters = waiters;
    this.streams = streams;
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
    if (!greetingSeen) {
      expectGreeting(message);
      return;
    }
    if (message instanceof QmpResponse response) {
      if (!pending.complete(response)) {
        LOG.log(
            Level.DEBUG,
            "{0}: line {1}: a response no command awaits: {2}",
            name,
            response.lineNumber(),
            response);
        notifications.offer(new Notification.Unmatched(response, response.toString().length()));
      }
    } else if (message instanceof QmpEventMessage event) {
      deliver(event);
    } else if (message instanceof QmpBadLine badLine) {
      badLine(badLine);
    } else {
      badLine(
          new QmpBadLine(
              message.lineNumber(),
              QmpBadLine.Problem.INVALID_GREETING,
              "a second greeting, after the first line",
              "",
              Optional.empty()));
    }
  }

  private void deliver(QmpEventMessage event) {
    waiters.offer(event.event());
    streams.offer(event);
    notifications.offer(new Notification.Event(event.lineNumber(), event.weight(), event.event()));
  }

  private void badLine(QmpBadLine badLine) {
    LOG.log(Level.WARNING, "{0}: {1}", name, badLine.describe());
    notifications.offer(new Notification.BadLine(badLine));
  }

  private void expectGreeting(QmpMessage message) {
    if (message instanceof QmpGreeting first) {
      greetingSeen = true;
      completions.complete(greeting, first);
      return;
    }
    if (message instanceof QmpEventMessage early) {
      // An event can race the greeting (a monitor whose socket is reused): it is still an event.
      LOG.log(
          Level.WARNING,
          "{0}: line {1}: event {2} before the QMP greeting; delivered, still"
              + " waiting for the greeting",
          name,
          early.lineNumber(),
          early.event().eventName());
      deliver(early);
      return;
    }
    greetingSeen = true; // connect fails and closes the client; nothing later is awaited
    String found = message instanceof QmpBadLine bad ? bad.describe() : "a command response";
    completions.fail(
        greeting,
        new QmpProtocolException(
            "expected the QMP greeting on line " + message.lineNumber() + " but got " + found));
    if (message instanceof QmpBadLine bad) {
      badLine(bad);
    }
  }
}
