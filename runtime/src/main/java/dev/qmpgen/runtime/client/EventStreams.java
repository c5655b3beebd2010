package dev.qmpgen.runtime.client;

import dev.qmpgen.runtime.stream.QmpEventMessage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The open {@link EventStream}s of one client, fed on the reader thread and ended with the client.
 */
final class EventStreams {

  private final List<EventStream<?>> open = new CopyOnWriteArrayList<>();
  private volatile Disconnect end;

  /** Adds a stream; one added after the end is ended at once. */
  void add(EventStream<?> stream) {
    open.add(stream);
    Disconnect ended = end;
    if (ended != null) {
      stream.finish(ended); // finish(...) may have run before the add: end it here instead
    }
  }

  void remove(EventStream<?> stream) {
    open.remove(stream);
  }

  void offer(QmpEventMessage message) {
    for (EventStream<?> stream : open) {
      stream.offer(message.event(), message.lineNumber(), message.weight());
    }
  }

  void finish(Disconnect disconnect) {
    end = disconnect;
    for (EventStream<?> stream : open) {
      stream.finish(disconnect);
    }
  }
}
