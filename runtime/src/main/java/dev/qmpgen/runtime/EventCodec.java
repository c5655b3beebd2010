package dev.qmpgen.runtime;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Decodes and encodes the {@code data} of one event type. Generated code implements it; the
 * {@link EventRegistry} handles the envelope ({@code event}, {@code timestamp}) around it.
 */
public interface EventCodec<E extends QmpEvent> {

  /** The wire name this codec handles. */
  String eventName();

  /** The Java type this codec produces. */
  Class<E> eventType();

  /**
   * Decodes the {@code data} object. The parser is on its {@code START_OBJECT} and is left on the
   * matching {@code END_OBJECT}.
   *
   * @throws DecodeException if a required field is missing or a value has the wrong type
   */
  E decode(Timestamp timestamp, JsonParser data);

  /**
   * The event for an envelope with no {@code data} member.
   *
   * @throws DecodeException if the event has required fields
   */
  E decodeWithoutData(Timestamp timestamp);

  /** Whether encoding {@code event} writes a {@code data} member. */
  boolean hasData(E event);

  /** Writes the {@code data} object (the value only; the registry writes the name). */
  void writeData(E event, JsonGenerator generator);
}
