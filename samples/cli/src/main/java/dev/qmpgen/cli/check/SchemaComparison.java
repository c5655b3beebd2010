package dev.qmpgen.cli.check;

import dev.qmpgen.cli.check.EventCheck.Status;
import dev.qmpgen.cli.check.FieldDifference.Kind;
import dev.qmpgen.spec.EnumValue;
import dev.qmpgen.spec.EventSpec;
import dev.qmpgen.spec.FieldSpec;
import dev.qmpgen.spec.JsonType;
import dev.qmpgen.spec.SpecDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares the events of a spec text (the one the bindings were generated from) with what a
 * running QEMU says it can send: per event, known or not, and field by field where both have it.
 */
public final class SchemaComparison {

  private final SpecDocument spec;
  private final QmpSchema schema;

  private SchemaComparison(SpecDocument spec, QmpSchema schema) {
    this.spec = spec;
    this.schema = schema;
  }

  /**
   * Compares {@code spec} with the reply to {@code query-qmp-schema}.
   *
   * @param schemaInfos the reply's {@code return} value, as {@link dev.qmpgen.cli.json.JsonTree} reads it
   * @return one verdict per event name of either side, sorted by name
   * @throws IllegalArgumentException if the reply is not a list of SchemaInfo objects
   */
  public static List<EventCheck> compare(SpecDocument spec, Object schemaInfos) {
    return new SchemaComparison(spec, new QmpSchema(schemaInfos)).compareAll();
  }

  private List<EventCheck> compareAll() {
    Map<String, EventSpec> specEvents = spec.events().stream()
        .collect(Collectors.toMap(EventSpec::name, Function.identity(), (a, b) -> a, TreeMap::new));
    TreeSet<String> names = new TreeSet<>(specEvents.keySet());
    names.addAll(schema.eventNames());
    List<EventCheck> checks = new ArrayList<>();
    for (String name : names) {
      EventSpec event = specEvents.get(name);
      if (event == null) {
        checks.add(new EventCheck(name, Status.UNKNOWN_TO_BINDINGS, List.of()));
      } else if (!schema.eventNames().contains(name)) {
        checks.add(new EventCheck(name, Status.NOT_SENT_BY_QEMU, List.of()));
      } else {
        List<FieldDifference> differences = new ArrayList<>();
        compareMembers("data", event.fields(), schema.eventMembers(name), differences);
        checks.add(new EventCheck(name, differences.isEmpty() ? Status.MATCHES : Status.DIFFERS, differences));
      }
    }
    return checks;
  }

  private void compareMembers(String path, List<FieldSpec> fields, List<QmpSchema.Member> members,
      List<FieldDifference> differences) {
    for (QmpSchema.Member member : members) {
      String memberPath = path + "." + member.name();
      Optional<FieldSpec> field = fields.stream().filter(f -> f.name().equals(member.name())).findFirst();
      if (field.isPresent()) {
        compareField(memberPath, field.get(), member, differences);
      } else {
        differences.add(new FieldDifference(memberPath, Kind.NOT_IN_SPEC,
            "QEMU sends it (" + (member.optional() ? "optional " : "") + schema.jsonTypeOf(member.typeName())
                + "); the spec does not list it, so the bindings keep it as an unknown field"));
      }
    }
    for (FieldSpec field : fields) {
      if (members.stream().noneMatch(m -> m.name().equals(field.name()))) {
        differences.add(new FieldDifference(path + "." + field.name(), Kind.NOT_IN_QEMU,
            "the spec lists it; this QEMU's schema does not have it"
                + (field.optional() ? "" : ", so decoding its events fails: it is required")));
      }
    }
  }

  private void compareField(String path, FieldSpec field, QmpSchema.Member member,
      List<FieldDifference> differences) {
    if (!field.optional() && member.optional()) {
      differences.add(new FieldDifference(path, Kind.OPTIONALITY,
          "required in the spec, optional in QEMU: an event without it fails to decode"));
    } else if (field.optional() && !member.optional()) {
      differences.add(new FieldDifference(path, Kind.OPTIONALITY,
          "optional in the spec, always sent by QEMU"));
    }
    String qemuType = schema.jsonTypeOf(member.typeName());
    if (!compatible(field.type(), qemuType)) {
      differences.add(new FieldDifference(path, Kind.TYPE,
          field.type().specName() + " in the spec, " + qemuType + " in QEMU"));
      return;
    }
    if (field.type() == JsonType.OBJECT) {
      compareMembers(path, field.fields(), schema.members(member.typeName()), differences);
    } else if (field.type() == JsonType.ARRAY && !field.fields().isEmpty()) {
      compareMembers(path + "[]", field.fields(), schema.members(schema.elementType(member.typeName())),
          differences);
    } else if (field.isEnumerated() && schema.metaType(member.typeName()).orElse("").equals("enum")) {
      compareValues(path, field, schema.enumValues(member.typeName()), differences);
    }
  }

  private static void compareValues(String path, FieldSpec field, List<String> qemuValues,
      List<FieldDifference> differences) {
    List<String> specValues = field.values().stream().map(EnumValue::name).toList();
    List<String> onlyQemu = qemuValues.stream().filter(v -> !specValues.contains(v)).toList();
    List<String> onlySpec = specValues.stream().filter(v -> !qemuValues.contains(v)).toList();
    if (!onlyQemu.isEmpty()) {
      differences.add(new FieldDifference(path, Kind.VALUES, "QEMU can send values the spec does not list: "
          + String.join(", ", onlyQemu) + " (the bindings keep them as raw strings)"));
    }
    if (!onlySpec.isEmpty()) {
      differences.add(new FieldDifference(path, Kind.VALUES,
          "the spec lists values this QEMU never sends: " + String.join(", ", onlySpec)));
    }
  }

  /** Whether QEMU's JSON type fits the spec's declaration; json-number also holds QEMU's ints. */
  private static boolean compatible(JsonType specType, String qemuType) {
    return switch (specType) {
      case STRING -> qemuType.equals("string");
      case INT -> qemuType.equals("int");
      case NUMBER -> qemuType.equals("number") || qemuType.equals("int");
      case BOOL -> qemuType.equals("boolean");
      case OBJECT -> qemuType.equals("object");
      case ARRAY -> qemuType.equals("array");
      case OPAQUE -> true;
      case UNRECOGNISED -> false;
      // Types only a schema capture declares (the spec text never does).
      case UINT64 -> qemuType.equals("int");
      case NULL -> qemuType.equals("null");
      case UNION -> qemuType.equals("object");
      case ANY, ALTERNATE -> true;
    };
  }
}
