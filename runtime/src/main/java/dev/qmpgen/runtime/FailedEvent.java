package dev.qmpgen.runtime;

import java.util.Objects;

/**
 * A known event that failed to decode (a required field missing, a value of the wrong type),
 * delivered in lenient mode instead of being dropped: the whole event as sent, and why it failed.
 *
 * @param raw the whole event object as sent
 */
public record FailedEvent(String eventName, Timestamp timestamp, RawJson raw, DecodeException error)
    implements QmpEvent {

  public FailedEvent {
    Objects.requireNonNull(eventName, "eventName");
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(error, "error");
  }
}
