package dev.qmpgen.runtime.client;

import dev.qmpgen.runtime.QmpEvent;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A filter on event names, as {@code qemu.qmp}'s {@code EventListener(names=...)}; shows its names.
 */
record NamedEvents(Set<String> names) implements Predicate<QmpEvent> {

  NamedEvents {
    names = Set.copyOf(names);
    if (names.isEmpty()) {
      throw new IllegalArgumentException("no event names given");
    }
  }

  @Override
  public boolean test(QmpEvent event) {
    return names.contains(event.eventName());
  }

  @Override
  public String toString() {
    return "events named " + names.stream().sorted().toList();
  }
}
