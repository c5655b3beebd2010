package dev.qmpgen.runtime;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/** The {@link EventCodec} behind {@link EventCodec#of}. */
record FunctionalCodec<E extends QmpEvent>(
    String eventName,
    Class<E> eventType,
    BiFunction<Timestamp, JsonParser, E> decoder,
    Function<Timestamp, E> withoutData,
    Predicate<E> hasData,
    BiConsumer<E, JsonGenerator> writer)
    implements EventCodec<E> {

  FunctionalCodec {
    Objects.requireNonNull(eventName, "eventName");
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(decoder, "decoder");
    Objects.requireNonNull(withoutData, "withoutData");
    Objects.requireNonNull(hasData, "hasData");
    Objects.requireNonNull(writer, "writer");
  }

  @Override
  public E decode(Timestamp timestamp, JsonParser data) {
    return decoder.apply(timestamp, data);
  }

  @Override
  public E decodeWithoutData(Timestamp timestamp) {
    return withoutData.apply(timestamp);
  }

  @Override
  public boolean hasData(E event) {
    return hasData.test(event);
  }

  @Override
  public void writeData(E event, JsonGenerator generator) {
    writer.accept(event, generator);
  }
}
