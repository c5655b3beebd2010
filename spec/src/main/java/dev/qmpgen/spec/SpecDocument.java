package dev.qmpgen.spec;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole parsed spec text: its events in document order.
 *
 * @param file the file name diagnostics use
 * @param events the events, in document order
 */
public record SpecDocument(String file, List<EventSpec> events) {

  public SpecDocument {
    Objects.requireNonNull(file, "file");
    events = List.copyOf(events);
  }

  public Optional<EventSpec> event(String name) {
    return events.stream().filter(e -> e.name().equals(name)).findFirst();
  }
}
