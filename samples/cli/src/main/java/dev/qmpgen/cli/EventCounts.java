package dev.qmpgen.cli;

import dev.qmpgen.runtime.QmpEvent;
import dev.qmpgen.runtime.UnknownEvent;
import java.util.Collections;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** How many events of each name were decoded, and which names the bindings did not know. */
final class EventCounts {

  private final Map<String, Integer> byName = new TreeMap<>();
  private final SortedSet<String> unknownNames = new TreeSet<>();

  void add(QmpEvent event) {
    byName.merge(event.eventName(), 1, Integer::sum);
    if (event instanceof UnknownEvent) {
      unknownNames.add(event.eventName());
    }
  }

  /** Counts per event name, sorted by name. */
  Map<String, Integer> byName() {
    return Collections.unmodifiableMap(byName);
  }

  SortedSet<String> unknownNames() {
    return Collections.unmodifiableSortedSet(unknownNames);
  }

  int total() {
    return byName.values().stream().mapToInt(Integer::intValue).sum();
  }
}
