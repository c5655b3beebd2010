package dev.qmpgen.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qmpgen.benchmarks.corpus.QemuTraffic;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The corpus is what the benchmarks claim: well-formed QEMU 7.2-shaped lines in a known mix. */
class QemuTrafficTest {

  private final JsonMapper mapper = JsonMapper.builder().build();

  @Test
  void everyLineIsOneEventObjectWithTheTimestampFirst() {
    for (String line : QemuTraffic.text()) {
      JsonNode event = mapper.readTree(line);
      assertEquals("timestamp", event.propertyNames().iterator().next(), line);
      assertTrue(event.get("event").isString(), line);
    }
  }

  @Test
  void mixHoldsEveryBundledEventAndSomeUnknownOnes() {
    Map<String, Integer> counts = new TreeMap<>();
    for (String line : QemuTraffic.text()) {
      counts.merge(mapper.readTree(line).get("event").asString(), 1, Integer::sum);
    }
    assertEquals(
        "{BALLOON_CHANGE=16, BLOCK_IO_ERROR=16, POWERDOWN=16, RESET=16, RESUME=32, RTC_CHANGE=16,"
            + " SHUTDOWN=16, STOP=32, VNC_CONNECTED=32, VNC_DISCONNECTED=16, VNC_INITIALIZED=16,"
            + " WATCHDOG=32}",
        counts.toString());
  }

  @Test
  void linesCarryTheMembersQemu72AddedToTheSpec() {
    String all = String.join("\n", QemuTraffic.text());
    for (String added :
        new String[] {
          "\"guest\": false",
          "\"reason\": \"host-qmp-quit\"",
          "\"node-name\"",
          "\"nospace\"",
          "\"websocket\": false",
          "\"auth\": \"none\"",
          "\"inject-nmi\"",
          "\"qom-path\""
        }) {
      assertTrue(all.contains(added), added);
    }
  }
}
