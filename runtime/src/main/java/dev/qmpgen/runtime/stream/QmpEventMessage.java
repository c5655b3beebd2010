package dev.qmpgen.runtime.stream;

import dev.qmpgen.runtime.FailedEvent;
import dev.qmpgen.runtime.QmpEvent;
import java.util.Objects;

/**
 * An event line, decoded through the reader's registry. In lenient decoding (the default) a known
 * event whose data does not match the spec arrives here as a {@link FailedEvent}, with its reason.
 *
 * @param byteLength the line's length in bytes, a measure of what holding the event costs
 */
public record QmpEventMessage(long lineNumber, int byteLength, QmpEvent event) implements QmpMessage {

  public QmpEventMessage {
    Objects.requireNonNull(event, "event");
  }
}
