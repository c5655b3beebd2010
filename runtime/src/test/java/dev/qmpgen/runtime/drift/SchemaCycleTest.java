package dev.qmpgen.runtime.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A schema is outside input: one whose union variants lead back to a type still compares. */
class SchemaCycleTest {

  @Test
  void variantsThatLeadBackToTheirUnionEndTheLookup() {
    String schema =
        """
        [{"name": "CYCLE", "meta-type": "event", "arg-type": "0"},
         {"name": "0", "meta-type": "object",
          "members": [{"name": "kind", "type": "str"}],
          "variants": [{"case": "a", "type": "1"}]},
         {"name": "1", "meta-type": "object",
          "members": [{"name": "detail", "type": "str"}],
          "variants": [{"case": "b", "type": "0"}]},
         {"name": "str", "meta-type": "builtin", "json-type": "string"}]
        """;
    EventDescription cycle =
        new EventDescription(
            "CYCLE",
            List.of(
                new MemberDescription("kind", JsonKind.STRING, false, List.of(), List.of()),
                new MemberDescription("detail", JsonKind.STRING, true, List.of(), List.of())));

    EventDrift drift = SchemaDrift.compare(List.of(cycle), schema).event("CYCLE").orElseThrow();

    assertEquals(List.of(), drift.differences());
    assertEquals(EventDrift.Status.MATCHES, drift.status());
  }
}
