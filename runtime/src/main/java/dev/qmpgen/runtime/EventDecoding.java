package dev.qmpgen.runtime;

/**
 * What decoding does with a known event whose data does not match its spec. One setting for every
 * decoder: {@link EventRegistry#decode(String, EventDecoding)}, the stream reader and the client.
 */
public enum EventDecoding {
  /**
   * Deliver it as a {@link FailedEvent} carrying the raw event and the reason (the streams'
   * default).
   */
  LENIENT,
  /**
   * Reject it: {@link EventRegistry#decode(String)} throws a {@link DecodeException}, and a stream
   * reports the line as a {@link dev.qmpgen.runtime.stream.QmpBadLine} with problem {@link
   * dev.qmpgen.runtime.stream.QmpBadLine.Problem#EVENT_DECODE_FAILED}.
   */
  STRICT
}
