package dev.qmpgen.cli;

import dev.qmpgen.cli.json.JsonText;
import dev.qmpgen.cli.visitors.VmFollower;
import dev.qmpgen.cli.visitors.VmStatus;
import dev.qmpgen.runtime.EventRegistry;
import dev.qmpgen.runtime.FailedEvent;
import dev.qmpgen.runtime.QmpEvent;
import dev.qmpgen.runtime.UnknownEvent;
import java.io.PrintStream;
import java.util.Map;
import tools.jackson.core.JsonGenerator;

/**
 * What demo, decode and watch print: each event through the printer of its {@link Bindings} (or as
 * a JSON line), bad lines on stderr with where they were, a {@link VmFollower} following along, and
 * at the end the VM's state and a count per event name.
 */
final class EventReport {

  private final Bindings bindings;
  private final EventRegistry registry;
  private final boolean json;
  private final boolean showTransitions;
  private final PrintStream out;
  private final PrintStream err;
  private final VmFollower tracker;
  private final EventCounts counts = new EventCounts();
  private long badLines;
  private long otherMessages;

  /**
   * @param showTransitions whether to print a line under each event that changes the VM's state
   *     (not for the spec's examples, which are unrelated events years apart)
   */
  EventReport(
      Bindings bindings, VmFollower tracker, boolean json, boolean showTransitions, CommandIo io) {
    this.bindings = bindings;
    this.registry = bindings.registry();
    this.tracker = tracker;
    this.json = json;
    this.showTransitions = showTransitions;
    this.out = io.out();
    this.err = io.err();
  }

  /**
   * One decoded event from {@code source} (a file name, {@code <stdin>}, a socket) at {@code line}.
   * A known event that failed to decode is a bad line, reported with its reason.
   */
  synchronized void event(String source, long line, QmpEvent event) {
    if (event instanceof FailedEvent failed) {
      badLine(source, line, failed.eventName() + " did not decode: " + failed.error().getMessage());
      return;
    }
    counts.add(event);
    VmStatus before = tracker.status();
    tracker.follow(event);
    if (json) {
      out.println(jsonLine(source, line, event));
      return;
    }
    out.println(bindings.line(event));
    if (showTransitions && !tracker.status().equals(before)) {
      out.println("    -> VM " + tracker.status());
    }
  }

  /**
   * A line that is not an event QMP could send, on stderr as {@code source:line: what was wrong}.
   */
  synchronized void badLine(String source, long line, String problem) {
    badLines++;
    err.println(source + ":" + line + ": " + problem);
  }

  /** A greeting or command response in an event stream: not an event, not an error. */
  synchronized void otherMessage() {
    otherMessages++;
  }

  boolean isJson() {
    return json;
  }

  synchronized long badLines() {
    return badLines;
  }

  synchronized VmStatus status() {
    return tracker.status();
  }

  synchronized void printSummary() {
    VmStatus status = tracker.status();
    if (json) {
      out.println(
          JsonText.write(
              g -> {
                g.writeStartObject();
                g.writeName("summary");
                g.writeStartObject();
                writeState(g, status);
                g.writeName("events");
                g.writeStartObject();
                counts
                    .byName()
                    .forEach((name, count) -> g.writeNumberProperty(name, count.longValue()));
                g.writeEndObject();
                g.writeNumberProperty("eventsOfOtherNames", counts.otherNames());
                g.writeName("unknownToBindings");
                g.writeStartArray();
                counts.unknownNames().forEach(g::writeString);
                g.writeEndArray();
                g.writeNumberProperty("total", counts.total());
                g.writeNumberProperty("badLines", badLines);
                g.writeNumberProperty("otherMessages", otherMessages);
                g.writeEndObject();
                g.writeEndObject();
              }));
      return;
    }
    out.println();
    out.println("VM state: " + status);
    out.println("Events by name:");
    for (Map.Entry<String, Long> entry : counts.byName().entrySet()) {
      String note =
          counts.unknownNames().contains(entry.getKey()) ? "  unknown to the bindings" : "";
      out.printf("  %-26s %5d%s%n", entry.getKey(), entry.getValue(), note);
    }
    if (counts.otherNames() > 0) {
      out.printf(
          "  %-26s %5d  of names past the first %d, not counted by name%n",
          "(other names)", counts.otherNames(), EventCounts.KEPT_NAMES);
    }
    out.printf("  %-26s %5d%n", "total", counts.total());
    if (badLines > 0) {
      out.println("Bad lines: " + badLines + " (reported on stderr)");
    }
  }

  /** {@code "state"} in words alone and {@code "cause"}, null when none: both always present. */
  private static void writeState(JsonGenerator g, VmStatus status) {
    g.writeStringProperty("state", status.state().words());
    if (status.cause().isPresent()) {
      g.writeStringProperty("cause", status.cause().get());
    } else {
      g.writeNullProperty("cause");
    }
  }

  /**
   * One event as JSON, with the same members in every command (README, "The command line"): {@code
   * line} is null for a live connection's events, {@code time} for an event without one, {@code
   * cause} when the state has none.
   */
  private String jsonLine(String source, long line, QmpEvent event) {
    return JsonText.write(
        g -> {
          g.writeStartObject();
          g.writeStringProperty("source", source);
          if (line > 0) {
            g.writeNumberProperty("line", line);
          } else {
            g.writeNullProperty("line");
          }
          g.writeStringProperty("event", event.eventName());
          g.writeStringProperty(
              "type", event instanceof UnknownEvent ? "unknown" : event.getClass().getSimpleName());
          if (event.timestamp().toInstant().isPresent()) {
            g.writeStringProperty("time", event.timestamp().toInstant().get().toString());
          } else {
            g.writeNullProperty("time");
          }
          writeState(g, tracker.status());
          g.writeName("message");
          g.writeRawValue(registry.encode(event));
          g.writeEndObject();
        });
  }
}
