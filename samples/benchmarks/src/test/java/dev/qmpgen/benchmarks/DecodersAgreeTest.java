package dev.qmpgen.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.qmpgen.benchmarks.baseline.TreeSwitchDecoder;
import dev.qmpgen.benchmarks.corpus.QemuTraffic;
import dev.qmpgen.benchmarks.databind.DatabindDecoder;
import dev.qmpgen.benchmarks.databind.SpecEventStamps;
import dev.qmpgen.events.Events;
import dev.qmpgen.events.KnownEvent;
import dev.qmpgen.runtime.EventRegistry;
import dev.qmpgen.runtime.QmpEvent;
import dev.qmpgen.runtime.UnknownEvent;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The comparison is honest only if every way of decoding builds the same values from the same
 * lines, and encoding gives the lines back.
 */
class DecodersAgreeTest {

  private final EventRegistry registry = Events.registry();
  private final byte[][] lines = QemuTraffic.lines();

  @Test
  void databindBindsWhatTheGeneratedRegistryDecodes() {
    DatabindDecoder databind = new DatabindDecoder(Events.catalog());
    for (byte[] line : lines) {
      assertEquals(
          registry.decode(line), SpecEventStamps.stamped(databind.decode(line)), text(line));
    }
  }

  @Test
  void readTreeAndSwitchBuildsWhatTheGeneratedRegistryDecodes() {
    TreeSwitchDecoder treeSwitch = new TreeSwitchDecoder();
    for (byte[] line : lines) {
      assertEquals(registry.decode(line), treeSwitch.decode(line), text(line));
    }
  }

  @Test
  void generatedRegistryDecodesBundledEventsTypedAndOthersAsUnknown() {
    for (byte[] line : lines) {
      QmpEvent event = registry.decode(line);
      if (event.eventName().equals("POWERDOWN") || event.eventName().equals("BALLOON_CHANGE")) {
        assertInstanceOf(UnknownEvent.class, event, text(line));
      } else {
        assertInstanceOf(KnownEvent.class, event, text(line));
      }
    }
  }

  @Test
  void encodingGivesBackJsonEqualLines() {
    JsonMapper mapper = JsonMapper.builder().build();
    for (byte[] line : lines) {
      byte[] encoded = registry.encodeToBytes(registry.decode(line));
      assertEquals(mapper.readTree(line), mapper.readTree(encoded), text(line));
    }
  }

  private static String text(byte[] line) {
    return new String(line, StandardCharsets.UTF_8);
  }
}
