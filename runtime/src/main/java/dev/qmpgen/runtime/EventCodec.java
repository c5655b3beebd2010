package dev.qmpgen.runtime;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Decodes and encodes the {@code data} of one event type. Generated code implements it; the {@link
 * EventRegistry} handles the envelope ({@code event}, {@code timestamp}) around it.
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

  /**
   * A codec made of the generated type's own methods, so generated catalogs need no codec class per
   * event.
   *
   * @param decoder reads the {@code data} object; see {@link #decode}
   * @param withoutData makes the event for an envelope without {@code data}
   * @param hasData whether an event writes a {@code data} member
   * @param writer writes the {@code data} object
   */
  static <E extends QmpEvent> EventCodec<E> of(
      String eventName,
      Class<E> eventType,
      BiFunction<Timestamp, JsonParser, E> decoder,
      Function<Timestamp, E> withoutData,
      Predicate<E> hasData,
      BiConsumer<E, JsonGenerator> writer) {
    return new FunctionalCodec<>(eventName, eventType, decoder, withoutData, hasData, writer);
  }
}
