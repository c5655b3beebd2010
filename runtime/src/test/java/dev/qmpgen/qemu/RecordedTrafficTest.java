package dev.qmpgen.qemu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qmpgen.runtime.EventDecoding;
import dev.qmpgen.runtime.EventRegistry;
import dev.qmpgen.runtime.QmpEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every line the live-QEMU test recorded from the installed QEMU 7.2 ({@code
 * qemu-7.2-traffic.jsonl}, one raw event line per line) decodes through the bundled modern bindings
 * to its typed record, with no unknown member, and re-encodes JSON-equal to the line.
 */
class RecordedTrafficTest {

  private static final EventRegistry REGISTRY = Events.registry();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static List<String> lines() throws IOException {
    try (InputStream in =
        Objects.requireNonNull(
            RecordedTrafficTest.class.getResourceAsStream("/qemu-7.2-traffic.jsonl"))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(line -> !line.isBlank())
          .toList();
    }
  }

  @Test
  void everyRecordedLineDecodesTypedAndReencodesJsonEqual() throws IOException {
    List<String> lines = lines();
    Set<String> names = new TreeSet<>();
    for (String line : lines) {
      QmpEvent event = REGISTRY.decode(line, EventDecoding.LENIENT);
      KnownEvent known = assertInstanceOf(KnownEvent.class, event, () -> line + " gave " + event);
      assertEquals(java.util.Map.of(), known.unknownFields(), line);
      assertEquals(MAPPER.readTree(line), MAPPER.readTree(REGISTRY.encode(event)), line);
      names.add(event.eventName());
    }
    // The recording covers most of what a guest-less QEMU can emit; it must not quietly shrink.
    assertTrue(names.size() >= 40, names.size() + " event names: " + names);
  }
}
