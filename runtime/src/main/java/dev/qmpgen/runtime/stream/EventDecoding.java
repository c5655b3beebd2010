package dev.qmpgen.runtime.stream;

import dev.qmpgen.runtime.FailedEvent;

/** What the reader does with a known event whose data does not match its spec. */
public enum EventDecoding {
  /** Deliver it as a {@link FailedEvent} carrying the raw event and the reason (the default). */
  LENIENT,
  /** Report the line as a {@link QmpBadLine} with {@link QmpBadLine.Problem#EVENT_DECODE_FAILED}. */
  STRICT
}
