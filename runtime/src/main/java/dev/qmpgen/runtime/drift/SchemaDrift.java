package dev.qmpgen.runtime.drift;

import dev.qmpgen.runtime.RawJson;
import dev.qmpgen.runtime.drift.EventDrift.Status;
import dev.qmpgen.runtime.drift.MemberDifference.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Compares the events some bindings know with what a running QEMU says it can send, so that an
 * application can say at startup which events its bindings will deliver as unknown, and where the
 * members differ:
 *
 * <pre>{@code
 * RawJson schema = client.execute("query-qmp-schema", Map.of(), timeout).get();
 * DriftReport drift = SchemaDrift.compare(EventDescriptions.all(), schema);
 * drift.unknownToBindings().forEach(e -> log.log(Level.WARNING, "events not in our bindings: " + e.name()));
 * }</pre>
 *
 * Names, JSON types, optionality and listed values are compared, not descriptions. A union's
 * variant members count as optional; an alternate type fits only a member the bindings keep as raw
 * JSON, and an event whose whole data the bindings keep raw matches whatever QEMU sends.
 */
public final class SchemaDrift {

  private final QemuSchema schema;

  private SchemaDrift(QemuSchema schema) {
    this.schema = schema;
  }

  /**
   * Compares {@code bindings} with QEMU's schema.
   *
   * @param schema the reply to {@code query-qmp-schema}: its {@code return} value (what {@code
   *     QmpClient.execute} completes with), the whole reply, or a capture file of the {@code
   *     schema} command
   * @return one verdict per event name of either side, sorted by name
   * @throws IllegalArgumentException if {@code schema} is not a list of SchemaInfo objects
   */
  public static DriftReport compare(List<EventDescription> bindings, RawJson schema) {
    return compare(bindings, schema.json());
  }

  /** As {@link #compare(List, RawJson)}, from JSON text. */
  public static DriftReport compare(List<EventDescription> bindings, String schemaJson) {
    return new SchemaDrift(new QemuSchema(SchemaReader.read(schemaJson))).compareAll(bindings);
  }

  private DriftReport compareAll(List<EventDescription> bindings) {
    Map<String, EventDescription> known = new LinkedHashMap<>();
    bindings.forEach(event -> known.putIfAbsent(event.name(), event));
    TreeSet<String> names = new TreeSet<>(known.keySet());
    TreeSet<String> sent = schema.eventNames();
    names.addAll(sent);
    List<EventDrift> events = new ArrayList<>();
    for (String name : names) {
      EventDescription event = known.get(name);
      if (event == null) {
        events.add(new EventDrift(name, Status.UNKNOWN_TO_BINDINGS, List.of()));
      } else if (!sent.contains(name)) {
        events.add(new EventDrift(name, Status.NOT_SENT_BY_QEMU, List.of()));
      } else if (event.rawData()) {
        events.add(
            new EventDrift(
                name, Status.MATCHES, List.of())); // whatever QEMU sends is kept as it came
      } else {
        List<MemberDifference> differences = new ArrayList<>();
        compareMembers("data", event.members(), schema.eventMembers(name), differences);
        events.add(
            new EventDrift(
                name, differences.isEmpty() ? Status.MATCHES : Status.DIFFERS, differences));
      }
    }
    return new DriftReport(events);
  }

  private void compareMembers(
      String path,
      List<MemberDescription> ours,
      List<SchemaInfo.Member> qemus,
      List<MemberDifference> differences) {
    for (SchemaInfo.Member qemu : qemus) {
      String memberPath = path + "." + qemu.name();
      Optional<MemberDescription> mine =
          ours.stream().filter(m -> m.name().equals(qemu.name())).findFirst();
      if (mine.isPresent()) {
        compareMember(memberPath, mine.get(), qemu, differences);
      } else {
        differences.add(
            new MemberDifference(
                memberPath,
                Kind.NOT_IN_SPEC,
                "QEMU sends it ("
                    + (qemu.optional() ? "optional " : "")
                    + schema.jsonTypeOf(qemu.type())
                    + "); the spec does not list it, so the bindings keep it as an unknown field"));
      }
    }
    for (MemberDescription mine : ours) {
      if (qemus.stream().noneMatch(m -> m.name().equals(mine.name()))) {
        differences.add(
            new MemberDifference(
                path + "." + mine.name(),
                Kind.NOT_IN_QEMU,
                "the spec lists it; this QEMU's schema does not have it"
                    + (mine.optional() ? "" : ", so decoding its events fails: it is required")));
      }
    }
  }

  private void compareMember(
      String path,
      MemberDescription mine,
      SchemaInfo.Member qemu,
      List<MemberDifference> differences) {
    if (!mine.optional() && qemu.optional()) {
      differences.add(
          new MemberDifference(
              path,
              Kind.OPTIONALITY,
              "required in the spec, optional in QEMU: an event without it fails to decode"));
    } else if (mine.optional() && !qemu.optional()) {
      differences.add(
          new MemberDifference(
              path, Kind.OPTIONALITY, "optional in the spec, always sent by QEMU"));
    }
    String qemuType = schema.jsonTypeOf(qemu.type());
    if (!mine.type().accepts(qemuType)) {
      differences.add(
          new MemberDifference(
              path, Kind.TYPE, mine.type().specName() + " in the spec, " + qemuType + " in QEMU"));
    } else if (mine.type() == JsonKind.OBJECT) {
      compareMembers(path, mine.members(), schema.members(qemu.type()), differences);
    } else if (mine.type() == JsonKind.ARRAY && !mine.members().isEmpty()) {
      compareMembers(
          path + "[]",
          mine.members(),
          schema.members(schema.elementType(qemu.type())),
          differences);
    } else if (!mine.values().isEmpty() && schema.isEnum(qemu.type())) {
      compareValues(path, mine.values(), schema.enumValues(qemu.type()), differences);
    }
  }

  private static void compareValues(
      String path, List<String> ours, List<String> qemus, List<MemberDifference> differences) {
    List<String> onlyQemu = qemus.stream().filter(v -> !ours.contains(v)).toList();
    List<String> onlyOurs = ours.stream().filter(v -> !qemus.contains(v)).toList();
    if (!onlyQemu.isEmpty()) {
      differences.add(
          new MemberDifference(
              path,
              Kind.VALUES,
              "QEMU can send values the spec does not list: "
                  + String.join(", ", onlyQemu)
                  + " (the bindings keep them as raw strings)"));
    }
    if (!onlyOurs.isEmpty()) {
      differences.add(
          new MemberDifference(
              path,
              Kind.VALUES,
              "the spec lists values this QEMU never sends: " + String.join(", ", onlyOurs)));
    }
  }
}
