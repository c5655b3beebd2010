package dev.qmpgen.cli.check;

import static dev.qmpgen.cli.check.SpecFixtures.document;
import static dev.qmpgen.cli.check.SpecFixtures.enumerated;
import static dev.qmpgen.cli.check.SpecFixtures.event;
import static dev.qmpgen.cli.check.SpecFixtures.field;
import static dev.qmpgen.cli.check.SpecFixtures.object;
import static dev.qmpgen.cli.check.SpecFixtures.optional;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.qmpgen.events.EventDescriptions;
import dev.qmpgen.runtime.drift.EventDescription;
import dev.qmpgen.runtime.drift.JsonKind;
import dev.qmpgen.runtime.drift.MemberDescription;
import dev.qmpgen.spec.BundledSpec;
import dev.qmpgen.spec.JsonType;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecDescriptionsTest {

  @Test
  void aSpecTextDescribesItsEventsAsBindingsGeneratedFromItWould() {
    List<EventDescription> described =
        SpecDescriptions.of(
            document(
                event(
                    "DISK_FULL",
                    field("device", JsonType.STRING),
                    optional("free", JsonType.INT),
                    enumerated("mode", "pause", "report"),
                    object("owner", field("uid", JsonType.NUMBER)),
                    field("details", JsonType.OPAQUE))));

    assertEquals(
        List.of(
            new EventDescription(
                "DISK_FULL",
                List.of(
                    new MemberDescription("device", JsonKind.STRING, false, List.of(), List.of()),
                    new MemberDescription("free", JsonKind.INT, true, List.of(), List.of()),
                    new MemberDescription(
                        "mode", JsonKind.STRING, false, List.of("pause", "report"), List.of()),
                    new MemberDescription(
                        "owner",
                        JsonKind.OBJECT,
                        false,
                        List.of(),
                        List.of(
                            new MemberDescription(
                                "uid", JsonKind.NUMBER, false, List.of(), List.of()))),
                    new MemberDescription("details", JsonKind.ANY, false, List.of(), List.of())))),
        described);
  }

  @Test
  void aDataMemberDescribedAsATypeNamedElsewhereIsDataKeptRaw() {
    assertEquals(
        List.of(new EventDescription("ACPI_DEVICE_OST", List.of(), true)),
        SpecDescriptions.of(document(event("ACPI_DEVICE_OST", field("data", JsonType.OPAQUE)))));
  }

  @Test
  void theBundledSpecDescribesItselfAsTheGeneratedBindingsDo() {
    assertEquals(EventDescriptions.all(), SpecDescriptions.of(BundledSpec.parse().document()));
  }
}
