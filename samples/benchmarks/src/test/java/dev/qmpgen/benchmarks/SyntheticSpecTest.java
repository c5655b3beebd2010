package dev.qmpgen.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.qmpgen.benchmarks.synthetic.SyntheticSpec;
import dev.qmpgen.spec.ParseResult;
import dev.qmpgen.spec.SpecParser;
import org.junit.jupiter.api.Test;

/** The scaling figures mean something only if the parser reads every synthetic event cleanly. */
class SyntheticSpecTest {

  @Test
  void everySyntheticEventParsesWithoutDiagnostics() {
    ParseResult result = SpecParser.parse("synthetic.txt", SyntheticSpec.generate(100));

    assertEquals(java.util.List.of(), result.diagnostics());
    assertEquals(100, result.document().events().size());
    assertEquals(SyntheticSpec.eventName(100), result.document().events().get(99).name());
  }

  @Test
  void eventsMixNoDataNestedObjectsEnumsAndOptionalFields() {
    var events = SpecParser.parse("synthetic.txt", SyntheticSpec.generate(12)).document().events();

    assertEquals(0, events.get(9).fields().size(), "event 10 has Data: None.");
    var event12 = events.get(11);
    assertEquals(
        java.util.List.of("device", "operation", "count", "action", "ratio", "enabled", "peer"),
        event12.fields().stream().map(f -> f.name()).toList());
    assertEquals(3, event12.fields().get(3).values().size(), "listed enumeration");
    assertEquals(2, event12.fields().get(1).values().size(), "inline enumeration");
    assertEquals(true, event12.fields().get(5).optional());
    assertEquals(3, event12.fields().get(6).fields().size(), "nested object");
    assertEquals(
        4, events.get(10).fields().get(3).fields().size(), "odd events' nested shape is their own");
  }
}
