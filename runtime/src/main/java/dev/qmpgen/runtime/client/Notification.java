package dev.qmpgen.runtime.client;

import dev.qmpgen.runtime.QmpEvent;
import dev.qmpgen.runtime.stream.QmpBadLine;
import dev.qmpgen.runtime.stream.QmpResponse;

/** What the reader hands the dispatcher for listeners, with what holding it costs. */
sealed interface Notification {

  long lineNumber();

  /** Roughly the bytes it holds: counted against the event buffer's byte bound. */
  int weight();

  void deliverTo(QmpListener listener);

  record Event(long lineNumber, int weight, QmpEvent event) implements Notification {
    @Override
    public void deliverTo(QmpListener listener) {
      listener.onEvent(event);
    }
  }

  record BadLine(QmpBadLine badLine) implements Notification {
    @Override
    public long lineNumber() {
      return badLine.lineNumber();
    }

    @Override
    public int weight() {
      return badLine.excerpt().length() + badLine.detail().length();
    }

    @Override
    public void deliverTo(QmpListener listener) {
      listener.onBadLine(badLine);
    }
  }

  record Unmatched(QmpResponse response, int weight) implements Notification {
    @Override
    public long lineNumber() {
      return response.lineNumber();
    }

    @Override
    public void deliverTo(QmpListener listener) {
      listener.onUnmatchedResponse(response);
    }
  }

  record Overflow(EventOverflow overflow) implements Notification {
    @Override
    public long lineNumber() {
      return overflow.lastLineNumber();
    }

    @Override
    public int weight() {
      return 0;
    }

    @Override
    public void deliverTo(QmpListener listener) {
      listener.onOverflow(overflow);
    }
  }

  record End(Disconnect disconnect) implements Notification {
    @Override
    public long lineNumber() {
      return disconnect.lastLineNumber();
    }

    @Override
    public int weight() {
      return 0;
    }

    @Override
    public void deliverTo(QmpListener listener) {
      listener.onDisconnect(disconnect);
    }
  }
}
