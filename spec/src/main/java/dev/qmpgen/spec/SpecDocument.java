package dev.qmpgen.spec;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole parsed spec text: its events in document order.
 *
 * @param file the file name diagnostics use
 * @param events the events, in document order
 * @param origin what the text was taken from, when it says: {@code QEMU 7.2.22 (Debian
 *     1:7.2+dfsg-7)} for a schema capture; empty for a spec text
 */
public record SpecDocument(String file, List<EventSpec> events, Optional<String> origin) {

  public SpecDocument {
    Objects.requireNonNull(file, "file");
    events = List.copyOf(events);
    Objects.requireNonNull(origin, "origin");
  }

  public SpecDocument(String file, List<EventSpec> events) {
    this(file, events, Optional.empty());
  }

  public Optional<EventSpec> event(String name) {
    return events.stream().filter(e -> e.name().equals(name)).findFirst();
  }
}
