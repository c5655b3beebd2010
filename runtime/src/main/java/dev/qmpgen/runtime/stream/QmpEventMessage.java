package dev.qmpgen.runtime.stream;

import dev.qmpgen.runtime.FailedEvent;
import dev.qmpgen.runtime.QmpEvent;
import java.util.Objects;

/**
 * An event line, decoded through the reader's registry. In lenient decoding (the default) a known
 * event whose data does not match the spec arrives here as a {@link FailedEvent}, with its reason.
 *
 * @param weight the most heap bytes holding the decoded event can cost: twice the line's bytes (its
 *     text as Java strings) plus a fixed cost per JSON value in it (the objects it decodes to);
 *     what a buffer of events counts against its byte bound
 */
public record QmpEventMessage(long lineNumber, int weight, QmpEvent event) implements QmpMessage {

  public QmpEventMessage {
    Objects.requireNonNull(event, "event");
  }
}
