package dev.qmpgen.runtime.drift;

import dev.qmpgen.runtime.drift.EventDrift.Status;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How some bindings compare with a QEMU's schema: one verdict per event name of either side, sorted
 * by name.
 */
public record DriftReport(List<EventDrift> events) {

  public DriftReport {
    events = List.copyOf(events);
  }

  /** The verdict on one event name, if either side has it. */
  public Optional<EventDrift> event(String name) {
    return events.stream().filter(event -> event.name().equals(name)).findFirst();
  }

  /** The events with this status, sorted by name. */
  public List<EventDrift> withStatus(Status status) {
    return events.stream().filter(event -> event.status() == status).toList();
  }

  /** Events this QEMU can send that the bindings will deliver as unknown events. */
  public List<EventDrift> unknownToBindings() {
    return withStatus(Status.UNKNOWN_TO_BINDINGS);
  }

  /** Events both know, whose members differ. */
  public List<EventDrift> differing() {
    return withStatus(Status.DIFFERS);
  }

  /** Whether every event this QEMU can send is known to the bindings and matches. */
  public boolean allSentEventsMatch() {
    return events.stream()
        .allMatch(e -> e.status() == Status.MATCHES || e.status() == Status.NOT_SENT_BY_QEMU);
  }

  /** How many events have each status (every status present, zero included). */
  public Map<Status, Long> counts() {
    Map<Status, Long> counts = new EnumMap<>(Status.class);
    for (Status status : Status.values()) {
      counts.put(status, (long) withStatus(status).size());
    }
    return counts;
  }

  /**
   * One line for a startup log: {@code "12 events: 2 match, 8 differ, 2 unknown to the bindings
   * (POWERDOWN, BALLOON_CHANGE), 0 not sent by this QEMU"}.
   */
  public String summary() {
    Map<Status, Long> counts = counts();
    String unknown =
        unknownToBindings().stream().map(EventDrift::name).collect(Collectors.joining(", "));
    return events.size()
        + " events: "
        + counts.get(Status.MATCHES)
        + " match, "
        + counts.get(Status.DIFFERS)
        + " differ, "
        + counts.get(Status.UNKNOWN_TO_BINDINGS)
        + " unknown to the bindings"
        + (unknown.isEmpty() ? "" : " (" + unknown + ")")
        + ", "
        + counts.get(Status.NOT_SENT_BY_QEMU)
        + " not sent by this QEMU";
  }
}
