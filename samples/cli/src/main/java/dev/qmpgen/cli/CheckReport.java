package dev.qmpgen.cli;

import dev.qmpgen.cli.check.EventCheck;
import dev.qmpgen.cli.check.EventCheck.Status;
import dev.qmpgen.cli.check.FieldDifference;
import dev.qmpgen.cli.json.JsonText;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What check prints: a table for people, or one JSON object. */
record CheckReport(String qemuVersion, String where, String specFile, List<EventCheck> checks) {

  CheckReport {
    checks = List.copyOf(checks);
  }

  Map<Status, Long> counts() {
    Map<Status, Long> counts = new EnumMap<>(Status.class);
    for (Status status : Status.values()) {
      counts.put(status, checks.stream().filter(c -> c.status() == status).count());
    }
    return counts;
  }

  String text() {
    long sent = checks.stream().filter(c -> c.status() != Status.NOT_SENT_BY_QEMU).count();
    long known = checks.stream().filter(c -> c.status() != Status.UNKNOWN_TO_BINDINGS).count();
    StringBuilder text = new StringBuilder();
    text.append("QEMU ").append(qemuVersion).append(" at ").append(where).append(" can send ").append(sent)
        .append(" events; ").append(specFile).append(" defines ").append(known).append(".\n\n");
    for (EventCheck check : checks) {
      text.append(String.format("  %-28s %s%n", check.name(), check.status().label()));
      for (FieldDifference difference : check.differences()) {
        text.append("      ").append(difference.path()).append(": ").append(difference.message()).append('\n');
      }
    }
    text.append('\n').append(counts().entrySet().stream()
        .map(e -> e.getValue() + " " + e.getKey().label())
        .collect(Collectors.joining(", ", "Summary: ", "\n")));
    return text.toString();
  }

  String json() {
    return JsonText.write(g -> {
      g.writeStartObject();
      g.writeStringProperty("qemu", qemuVersion);
      g.writeStringProperty("spec", specFile);
      g.writeName("events");
      g.writeStartArray();
      for (EventCheck check : checks) {
        g.writeStartObject();
        g.writeStringProperty("name", check.name());
        g.writeStringProperty("status", check.status().label());
        g.writeName("differences");
        g.writeStartArray();
        for (FieldDifference difference : check.differences()) {
          g.writeStartObject();
          g.writeStringProperty("path", difference.path());
          g.writeStringProperty("kind", difference.kind().jsonName());
          g.writeStringProperty("message", difference.message());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeName("summary");
      g.writeStartObject();
      counts().forEach((status, count) -> g.writeNumberProperty(status.label(), count.longValue()));
      g.writeEndObject();
      g.writeEndObject();
    });
  }
}
