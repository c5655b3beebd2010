package dev.qmpgen.runtime.client;

import dev.qmpgen.runtime.EventCatalog;
import dev.qmpgen.runtime.EventCodec;
import dev.qmpgen.runtime.EventRegistry;
import dev.qmpgen.runtime.FailedEvent;
import dev.qmpgen.runtime.UnknownEvent;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Refuses, before anything waits or subscribes, an event class the client's registry never
 * produces. The usual cause is an import of the wrong {@code Stop}: the runtime jar's {@code
 * dev.qmpgen.events.Stop} beside a build's own; a wait for it would only time out.
 */
final class EventTypeCheck {

  private EventTypeCheck() {}

  /**
   * @throws IllegalArgumentException naming {@code type} and the registry's catalogs
   */
  static void requireProducible(EventRegistry registry, Class<?> type) {
    if (type.isAssignableFrom(UnknownEvent.class) || type.isAssignableFrom(FailedEvent.class)) {
      return; // QmpEvent, UnknownEvent, FailedEvent: every registry produces those
    }
    for (String name : registry.eventNames()) {
      if (type.isAssignableFrom(codecOf(registry, name).eventType())) {
        return;
      }
    }
    throw new IllegalArgumentException(
        "no event of class "
            + type.getName()
            + " can arrive: the client's"
            + " registry "
            + describeCatalogs(registry)
            + " decodes no event to it"
            + lookalike(registry, type));
  }

  private static String describeCatalogs(EventRegistry registry) {
    if (registry.catalogs().isEmpty()) {
      return "has no catalogs (every event arrives as an UnknownEvent) and";
    }
    return "of "
        + registry.catalogs().stream()
            .map(EventCatalog::getClass)
            .map(Class::getName)
            .collect(Collectors.joining(", "));
  }

  /** Points at a decoded class of the same simple name, the wrong import's usual twin. */
  private static String lookalike(EventRegistry registry, Class<?> type) {
    Optional<EventCodec<?>> twin =
        registry.eventNames().stream()
            .<EventCodec<?>>map(name -> codecOf(registry, name))
            .filter(codec -> codec.eventType().getSimpleName().equals(type.getSimpleName()))
            .findFirst();
    return twin.map(
            codec ->
                "; its "
                    + codec.eventName()
                    + " events are "
                    + codec.eventType().getName()
                    + " (is the wrong "
                    + type.getSimpleName()
                    + " imported?)")
        .orElse("");
  }

  private static EventCodec<?> codecOf(EventRegistry registry, String name) {
    return registry.codec(name).orElseThrow();
  }
}
