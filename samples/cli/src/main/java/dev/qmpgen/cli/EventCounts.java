package dev.qmpgen.cli;

import dev.qmpgen.runtime.QmpEvent;
import dev.qmpgen.runtime.UnknownEvent;
import java.util.Collections;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How many events of each name were decoded, and which names the bindings did not know. The first
 * {@value #KEPT_NAMES} names are counted by name; events of any later name only in {@link
 * #otherNames()}, so that a stream of endless new names (QEMU has about a hundred) cannot grow the
 * counts without bound.
 */
final class EventCounts {

  static final int KEPT_NAMES = 1_000;

  private final Map<String, Long> byName = new TreeMap<>();
  private final SortedSet<String> unknownNames = new TreeSet<>();
  private long otherNames;
  private long total;

  void add(QmpEvent event) {
    total++;
    String name = event.eventName();
    if (byName.size() >= KEPT_NAMES && !byName.containsKey(name)) {
      otherNames++;
      return;
    }
    byName.merge(name, 1L, Long::sum);
    if (event instanceof UnknownEvent) {
      unknownNames.add(name);
    }
  }

  /** Counts per event name, sorted by name. */
  Map<String, Long> byName() {
    return Collections.unmodifiableMap(byName);
  }

  SortedSet<String> unknownNames() {
    return Collections.unmodifiableSortedSet(unknownNames);
  }

  /** Events whose name came after {@value #KEPT_NAMES} others. */
  long otherNames() {
    return otherNames;
  }

  long total() {
    return total;
  }
}
