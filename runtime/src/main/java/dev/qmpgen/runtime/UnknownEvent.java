package dev.qmpgen.runtime;

import java.util.Objects;
import java.util.Optional;

/**
 * An event whose name no binding in the registry knows (POWERDOWN for the bundled spec), kept
 * whole: re-encoding it gives back the same JSON.
 *
 * @param data the {@code data} member as sent, or empty when the event had none
 */
public record UnknownEvent(String eventName, Timestamp timestamp, Optional<RawJson> data)
    implements QmpEvent {

  public UnknownEvent {
    Objects.requireNonNull(eventName, "eventName");
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(data, "data");
  }
}
