package dev.qmpgen.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.qmpgen.runtime.Enumerated;
import dev.qmpgen.runtime.RawJson;
import dev.qmpgen.runtime.Timestamp;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Jackson 3 databind binds an event's data into the generated records and writes it back. */
class DatabindTest {

  @Test
  void databindBindsBlockIoErrorDataWithUnknownMembersAndWritesItBack() {
    String data = "{\"device\":\"ide0-hd1\",\"node-name\":\"#block163\",\"operation\":\"write\",\"action\":\"stop\","
        + "\"nospace\":true,\"reason\":\"No space left on device\",\"extra\":{\"a\":[1,2.5,null]}}";
    BlockIoError event = JsonTrees.MAPPER.readValue(data, BlockIoError.class);
    assertEquals(Timestamp.ABSENT, event.timestamp()); // databind binds the data alone
    assertEquals("ide0-hd1", event.device());
    assertEquals(BlockIoError.Operation.WRITE, event.operation());
    assertEquals(BlockIoError.Action.STOP, event.action());
    assertEquals(RawJson.parse("\"#block163\""), event.unknownFields().get("node-name"));
    assertEquals(RawJson.parse("{\"a\":[1,2.5,null]}"), event.unknownFields().get("extra"));
    assertEquals(JsonTrees.tree(data), JsonTrees.tree(JsonTrees.MAPPER.writeValueAsString(event)));
  }

  @Test
  void databindBindsNestedSharedRecordsOptionalMembersAndUnlistedValues() {
    String data = "{\"server\":{\"host\":\"0.0.0.0\",\"service\":\"5901\",\"family\":\"ipv4\",\"websocket\":false},"
        + "\"client\":{\"host\":\"127.0.0.1\",\"service\":\"58425\",\"family\":\"unix\",\"sasl_username\":\"luiz\"}}";
    VncInitialized event = JsonTrees.MAPPER.readValue(data, VncInitialized.class);
    assertEquals(Optional.empty(), event.server().auth());
    assertEquals(Map.of("websocket", RawJson.parse("false")), event.server().unknownFields());
    assertEquals(Enumerated.unlisted("unix"), event.client().family());
    assertEquals(Optional.of("luiz"), event.client().saslUsername());
    assertEquals(JsonTrees.tree(data), JsonTrees.tree(JsonTrees.MAPPER.writeValueAsString(event)));
  }

  @Test
  void databindWritesWhatTheRegistryDecodes() {
    RtcChange change = (RtcChange) Events.registry().decode(QemuLinesTest.RTC_CHANGE);
    assertEquals(JsonTrees.tree(QemuLinesTest.RTC_CHANGE).get("data"), JsonTrees.tree(JsonTrees.MAPPER.writeValueAsString(change)));
    RtcChange bound = JsonTrees.MAPPER.readValue("{\"offset\": 78.5}", RtcChange.class);
    assertEquals(new BigDecimal("78.5"), bound.offset());
    Stop stop = JsonTrees.MAPPER.readValue("{}", Stop.class);
    assertEquals(new Stop(Timestamp.ABSENT), stop);
  }

  @Test
  void databindBindsAndWritesATimestampAsQemuSendsIt() {
    String json = "{\"seconds\":1267020223,\"microseconds\":435656}";
    Timestamp timestamp = JsonTrees.MAPPER.readValue(json, Timestamp.class);
    assertEquals(new Timestamp(1267020223, 435656), timestamp);
    assertEquals(JsonTrees.tree(json), JsonTrees.tree(JsonTrees.MAPPER.writeValueAsString(timestamp)));
  }
}
