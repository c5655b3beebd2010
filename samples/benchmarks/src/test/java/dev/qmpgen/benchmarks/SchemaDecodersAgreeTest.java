package dev.qmpgen.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.qmpgen.benchmarks.corpus.RecordedQemuTraffic;
import dev.qmpgen.benchmarks.databind.DatabindDecoder;
import dev.qmpgen.qemu.Events;
import dev.qmpgen.qemu.KnownEvent;
import dev.qmpgen.runtime.EventRegistry;
import dev.qmpgen.runtime.QmpEvent;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * CodecBenchmark with {@code bindings=schema} compares like with like only if databind binds every
 * recorded line into the same record, with the same data, as the generated registry decodes it.
 */
class SchemaDecodersAgreeTest {

  private final EventRegistry registry = Events.registry();
  private final JsonMapper mapper = JsonMapper.builder().build();

  @Test
  void databindBindsEveryRecordedLineIntoTheRecordTheRegistryDecodes() {
    DatabindDecoder databind = new DatabindDecoder(Events.catalog());
    for (byte[] line : RecordedQemuTraffic.lines()) {
      QmpEvent generated = registry.decode(line);
      assertInstanceOf(KnownEvent.class, generated, text(line));
      Object bound = databind.decode(line).data();
      if (bound == null) {
        assertEquals(null, data(generated), text(line));
        continue;
      }
      assertEquals(generated.getClass(), bound.getClass(), text(line));
      // The bound record has no timestamp (databind leaves it on the envelope): compare the data.
      assertEquals(data(generated), data((QmpEvent) bound), text(line));
    }
  }

  private JsonNode data(QmpEvent event) {
    JsonNode data = mapper.readTree(registry.encode(event)).get("data");
    return data == null || data.isEmpty() ? null : data;
  }

  private static String text(byte[] line) {
    return new String(line, StandardCharsets.UTF_8);
  }
}
