package dev.qmpgen.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qmpgen.runtime.EventRegistry;
import dev.qmpgen.runtime.QmpEvent;
import dev.qmpgen.spec.EventSpec;
import dev.qmpgen.spec.ExampleSpec;
import dev.qmpgen.spec.ParseResult;
import dev.qmpgen.spec.SpecParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * Every {@code Example:} of spec/qmp-events.txt, read with the spec parser, through the generated
 * registry.
 */
class BundledSpecExamplesTest {

  private static final EventRegistry REGISTRY = Events.registry();

  @TestFactory
  Stream<DynamicTest> everyExampleDecodesToItsTypeAndReencodesJsonEqual() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (EventSpec event : bundledSpec().document().events()) {
      for (ExampleSpec example : event.examples()) {
        if (example.wellFormed()) {
          tests.add(
              DynamicTest.dynamicTest(
                  event.name() + " example at " + example.position(),
                  () -> decodesAndReencodes(example.json())));
        }
      }
    }
    assertFalse(tests.isEmpty(), "the bundled spec has examples");
    return tests.stream();
  }

  @Test
  void everyEventOfTheBundledSpecHasAGeneratedCodec() throws IOException {
    List<String> names = bundledSpec().document().events().stream().map(EventSpec::name).toList();
    assertEquals(names.size(), REGISTRY.eventNames().size());
    assertTrue(REGISTRY.eventNames().containsAll(names));
  }

  private static void decodesAndReencodes(String json) {
    JsonNode expected = JsonTrees.tree(json);
    QmpEvent event = REGISTRY.decode(json);
    KnownEvent known = assertInstanceOf(KnownEvent.class, event);
    assertEquals(expected.get("event").asString(), known.eventName());
    assertEquals(
        java.util.Map.of(), known.unknownFields(), "every example member is a listed field");
    assertEquals(REGISTRY.codec(known.eventName()).orElseThrow().eventType(), known.getClass());
    assertEquals(expected, JsonTrees.tree(REGISTRY.encode(event)));
    assertEquals(event, REGISTRY.decode(REGISTRY.encode(event)));
  }

  private static ParseResult bundledSpec() throws IOException {
    Path spec = Path.of("..", "spec", "qmp-events.txt");
    return SpecParser.parse("qmp-events.txt", Files.readString(spec));
  }
}
