package dev.qmpgen.cli.check;

import dev.qmpgen.runtime.drift.EventDescription;
import dev.qmpgen.runtime.drift.JsonKind;
import dev.qmpgen.runtime.drift.MemberDescription;
import dev.qmpgen.spec.ComparedShape;
import dev.qmpgen.spec.EnumValue;
import dev.qmpgen.spec.FieldSpec;
import dev.qmpgen.spec.SpecDocument;
import dev.qmpgen.spec.WholeData;
import java.util.List;

/**
 * A spec text's events as the runtime's drift check takes them, for {@code check --spec FILE}: what
 * the processor's {@code EventDescriptions} would say of bindings generated from that text.
 */
public final class SpecDescriptions {

  private SpecDescriptions() {}

  public static List<EventDescription> of(SpecDocument spec) {
    return spec.events().stream()
        .map(
            event ->
                WholeData.field(event.fields()).isPresent()
                    ? new EventDescription(
                        event.name(), List.of(), true) // the bindings keep such data raw
                    : new EventDescription(event.name(), members(event.fields())))
        .toList();
  }

  private static List<MemberDescription> members(List<FieldSpec> fields) {
    return fields.stream()
        .map(
            field ->
                new MemberDescription(
                    field.name(),
                    JsonKind.valueOf(ComparedShape.kind(field)),
                    field.optional(),
                    field.values().stream().map(EnumValue::name).toList(),
                    members(ComparedShape.members(field))))
        .toList();
  }
}
