package dev.qmpgen.cli;

import dev.qmpgen.cli.json.JsonText;
import dev.qmpgen.runtime.drift.DriftReport;
import dev.qmpgen.runtime.drift.EventDrift;
import dev.qmpgen.runtime.drift.EventDrift.Status;
import dev.qmpgen.runtime.drift.MemberDifference;
import java.util.Locale;
import java.util.stream.Collectors;

/** What check prints: a table for people, or one JSON object. */
record CheckReport(String qemuVersion, String where, String specFile, DriftReport drift) {

  /** Words for the table and the {@code --json} output. */
  static String label(Status status) {
    return switch (status) {
      case MATCHES -> "matches";
      case DIFFERS -> "differs";
      case UNKNOWN_TO_BINDINGS -> "unknown to the bindings";
      case NOT_SENT_BY_QEMU -> "not sent by this QEMU";
    };
  }

  /**
   * The spelling of a difference's kind in {@code --json} output: {@code not-in-spec}, {@code
   * type}...
   */
  static String jsonName(MemberDifference.Kind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  String text() {
    long sent = drift.events().stream().filter(c -> c.status() != Status.NOT_SENT_BY_QEMU).count();
    long known =
        drift.events().stream().filter(c -> c.status() != Status.UNKNOWN_TO_BINDINGS).count();
    StringBuilder text = new StringBuilder();
    text.append("QEMU ")
        .append(qemuVersion)
        .append(" at ")
        .append(where)
        .append(" can send ")
        .append(sent)
        .append(" events; ")
        .append(specFile)
        .append(" defines ")
        .append(known)
        .append(".\n\n");
    for (EventDrift check : drift.events()) {
      text.append(String.format("  %-28s %s%n", check.name(), label(check.status())));
      for (MemberDifference difference : check.differences()) {
        text.append("      ")
            .append(difference.path())
            .append(": ")
            .append(difference.message())
            .append('\n');
      }
    }
    text.append('\n')
        .append(
            drift.counts().entrySet().stream()
                .map(e -> e.getValue() + " " + label(e.getKey()))
                .collect(Collectors.joining(", ", "Summary: ", "\n")));
    return text.toString();
  }

  String json() {
    return JsonText.write(
        g -> {
          g.writeStartObject();
          g.writeStringProperty("qemu", qemuVersion);
          g.writeStringProperty("spec", specFile);
          g.writeArrayPropertyStart("events");
          for (EventDrift check : drift.events()) {
            g.writeStartObject();
            g.writeStringProperty("name", check.name());
            g.writeStringProperty("status", label(check.status()));
            g.writeArrayPropertyStart("differences");
            for (MemberDifference difference : check.differences()) {
              g.writeStartObject();
              g.writeStringProperty("path", difference.path());
              g.writeStringProperty("kind", jsonName(difference.kind()));
              g.writeStringProperty("message", difference.message());
              g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeObjectPropertyStart("summary");
          drift
              .counts()
              .forEach((status, count) -> g.writeNumberProperty(label(status), count.longValue()));
          g.writeEndObject();
          g.writeEndObject();
        });
  }
}
