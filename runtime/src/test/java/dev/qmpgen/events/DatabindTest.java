package dev.qmpgen.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qmpgen.runtime.Enumerated;
import dev.qmpgen.runtime.RawJson;
import dev.qmpgen.runtime.Timestamp;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/** Jackson 3 databind binds an event's data into the generated records and writes it back. */
class DatabindTest {

  @Test
  void databindBindsBlockIoErrorDataWithUnknownMembersAndWritesItBack() {
    String data =
        """
        {"device":"ide0-hd1","node-name":"#block163","operation":"write","action":"stop",\
        "nospace":true,"reason":"No space left on device","extra":{"a":[1,2.5,null]}}""";
    BlockIoError event = bindAndWriteBack(data, BlockIoError.class);
    assertEquals(Timestamp.ABSENT, event.timestamp()); // databind binds the data alone
    assertEquals("ide0-hd1", event.device());
    assertEquals(BlockIoError.Operation.WRITE, event.operation());
    assertEquals(BlockIoError.Action.STOP, event.action());
    assertEquals(RawJson.parse("\"#block163\""), event.unknownFields().get("node-name"));
    assertEquals(RawJson.parse("{\"a\":[1,2.5,null]}"), event.unknownFields().get("extra"));
  }

  @Test
  void databindBindsNestedSharedRecordsOptionalMembersAndUnlistedValues() {
    String data =
        """
        {"server":{"host":"0.0.0.0","service":"5901","family":"ipv4","websocket":false},\
        "client":{"host":"127.0.0.1","service":"58425","family":"unix","sasl_username":"luiz"}}""";
    VncInitialized event = bindAndWriteBack(data, VncInitialized.class);
    assertEquals(Optional.empty(), event.server().auth());
    assertEquals(Map.of("websocket", RawJson.parse("false")), event.server().unknownFields());
    assertEquals(Enumerated.unlisted("unix"), event.client().family());
    assertEquals(Optional.of("luiz"), event.client().saslUsername());
  }

  /** {@code data} bound to {@code type}, after checking that databind writes it back unchanged. */
  private static <T> T bindAndWriteBack(String data, Class<T> type) {
    T bound = JsonTrees.MAPPER.readValue(data, type);
    assertEquals(JsonTrees.tree(data), JsonTrees.tree(JsonTrees.MAPPER.writeValueAsString(bound)));
    return bound;
  }

  @Test
  void unknownMembersKeepTheirNumbersExactThroughDatabind() {
    String data =
        "{\"action\":\"pause\",\"ratio\":2.50,\"huge\":1e400,\"big\":123456789012345678901234567890,"
            + "\"nested\":{\"a\":[0.10,-7]}}";
    Watchdog bound = JsonTrees.MAPPER.readValue(data, Watchdog.class);
    assertEquals("2.50", bound.unknownFields().get("ratio").json());
    assertEquals(new BigDecimal("1e400"), bound.unknownFields().get("huge").asDecimal());
    assertEquals("123456789012345678901234567890", bound.unknownFields().get("big").json());
    assertEquals("{\"a\":[0.10,-7]}", bound.unknownFields().get("nested").json());
    // The registry's path keeps the text as sent; databind's keeps the same numbers.
    Watchdog decoded =
        (Watchdog) Events.registry().decode("{\"event\":\"WATCHDOG\",\"data\":" + data + "}");
    for (String member : List.of("ratio", "huge", "big", "nested")) {
      assertEquals(
          0,
          compareNumbers(decoded.unknownFields().get(member), bound.unknownFields().get(member)),
          member);
    }
  }

  @Test
  void aMapperThatReadsFractionsAsDoublesIsRefusedRatherThanLosingDigits() {
    JsonMapper lossy = JsonMapper.builder().build();
    DatabindException refused =
        assertThrows(
            DatabindException.class,
            () -> lossy.readValue("{\"action\":\"pause\",\"huge\":1e400}", Watchdog.class));
    assertTrue(
        refused.getMessage().contains("DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS"),
        refused::getMessage);
    assertEquals(
        Map.of("n", RawJson.parse("7")),
        lossy.readValue("{\"action\":\"pause\",\"n\":7}", Watchdog.class).unknownFields());
  }

  /**
   * Two JSON values that are equal with every number compared by value (1e400 and 1E+400 alike).
   */
  private static int compareNumbers(RawJson a, RawJson b) {
    if (a.kind() == RawJson.Kind.NUMBER) {
      return a.asDecimal().compareTo(b.asDecimal());
    }
    return JsonTrees.tree(a.json()).equals(JsonTrees.tree(b.json())) ? 0 : 1;
  }

  @Test
  void databindWritesWhatTheRegistryDecodes() {
    RtcChange change = (RtcChange) Events.registry().decode(QemuLinesTest.RTC_CHANGE);
    assertEquals(
        JsonTrees.tree(QemuLinesTest.RTC_CHANGE).get("data"),
        JsonTrees.tree(JsonTrees.MAPPER.writeValueAsString(change)));
    RtcChange bound = JsonTrees.MAPPER.readValue("{\"offset\": 78.5}", RtcChange.class);
    assertEquals(new BigDecimal("78.5"), bound.offset());
    Stop stop = JsonTrees.MAPPER.readValue("{}", Stop.class);
    assertEquals(new Stop(Timestamp.ABSENT), stop);
  }

  @Test
  void databindBindsAndWritesATimestampAsQemuSendsIt() {
    String json = "{\"seconds\":1267020223,\"microseconds\":435656}";
    assertEquals(new Timestamp(1267020223, 435656), bindAndWriteBack(json, Timestamp.class));
  }
}
