package dev.qmpgen.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qmpgen.runtime.DecodeException;
import dev.qmpgen.runtime.Enumerated;
import dev.qmpgen.runtime.EventDecoding;
import dev.qmpgen.runtime.EventRegistry;
import dev.qmpgen.runtime.FailedEvent;
import dev.qmpgen.runtime.QmpEvent;
import dev.qmpgen.runtime.RawJson;
import dev.qmpgen.runtime.Timestamp;
import dev.qmpgen.runtime.UnknownEvent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Lines shaped as QEMU 7.2 sends them: timestamp first, members the 2010 spec does not list. */
class QemuLinesTest {

  private static final EventRegistry REGISTRY = Events.registry();
  private static final Timestamp AT = new Timestamp(1700000000, 123456);
  private static final String TS =
      "{\"timestamp\": {\"seconds\": 1700000000, \"microseconds\": 123456}, ";

  static final String STOP = TS + "\"event\": \"STOP\"}";
  static final String RESUME = TS + "\"event\": \"RESUME\"}";
  static final String RESET =
      TS
          + "\"event\": \"RESET\", \"data\": {\"guest\": false, \"reason\": \"host-qmp-system-reset\"}}";
  static final String SHUTDOWN =
      TS + "\"event\": \"SHUTDOWN\", \"data\": {\"guest\": false, \"reason\": \"host-qmp-quit\"}}";
  static final String RTC_CHANGE =
      TS
          + "\"event\": \"RTC_CHANGE\", \"data\": {\"offset\": 78, \"qom-path\": \"/machine/unattached/device[8]\"}}";
  static final String BLOCK_IO_ERROR =
      TS
          + "\"event\": \"BLOCK_IO_ERROR\", \"data\": {\"device\": \"ide0-hd1\", "
          + "\"node-name\": \"#block163\", \"operation\": \"write\", \"action\": \"stop\", \"nospace\": true, \"reason\": \"No space left on device\"}}";
  static final String SERVER =
      "{\"auth\": \"none\", \"family\": \"ipv4\", \"service\": \"5900\", \"host\": \"127.0.0.1\", \"websocket\": false}";
  static final String CLIENT =
      "{\"family\": \"ipv4\", \"service\": \"46132\", \"host\": \"127.0.0.1\", \"websocket\": false}";
  static final String VNC_CONNECTED =
      TS
          + "\"event\": \"VNC_CONNECTED\", \"data\": {\"server\": "
          + SERVER
          + ", \"client\": "
          + CLIENT
          + "}}";
  static final String VNC_INITIALIZED =
      TS
          + "\"event\": \"VNC_INITIALIZED\", \"data\": {\"server\": "
          + SERVER
          + ", \"client\": "
          + CLIENT
          + "}}";
  static final String VNC_DISCONNECTED =
      TS
          + "\"event\": \"VNC_DISCONNECTED\", \"data\": {\"server\": "
          + SERVER
          + ", \"client\": "
          + CLIENT
          + "}}";
  static final String WATCHDOG =
      TS + "\"event\": \"WATCHDOG\", \"data\": {\"action\": \"inject-nmi\"}}";
  static final String POWERDOWN = TS + "\"event\": \"POWERDOWN\"}";

  static Stream<String> lines() {
    return Stream.of(
        STOP,
        RESUME,
        RESET,
        SHUTDOWN,
        RTC_CHANGE,
        BLOCK_IO_ERROR,
        VNC_CONNECTED,
        VNC_INITIALIZED,
        VNC_DISCONNECTED,
        WATCHDOG,
        POWERDOWN);
  }

  @ParameterizedTest
  @MethodSource("lines")
  void everyKeyOrderDecodesToTheSameEventAndReencodesJsonEqual(String line) {
    QmpEvent expected = REGISTRY.decode(line);
    List<String> orders = JsonTrees.keyOrders(line);
    for (String reordered : orders) {
      QmpEvent event = REGISTRY.decode(reordered);
      assertEquals(expected, event, reordered);
      assertEquals(event, REGISTRY.decode(reordered.getBytes(StandardCharsets.UTF_8)));
      assertEquals(JsonTrees.tree(reordered), JsonTrees.tree(REGISTRY.encode(event)));
      assertEquals(event, REGISTRY.decode(REGISTRY.encodeToBytes(event)));
    }
    assertTrue(orders.size() >= 2);
  }

  @Test
  void stopAndResumeHaveNoData() {
    Stop stop = decode(STOP, Stop.class);
    assertEquals(new Stop(AT), stop);
    assertEquals(Map.of(), stop.unknownFields());
    assertEquals(Optional.of(AT.toInstant().orElseThrow()), stop.timestamp().toInstant());
    assertEquals(new Resume(AT), decode(RESUME, Resume.class));
  }

  @Test
  void shutdownKeepsQemu72GuestAndReasonAsUnknownFieldsInOrder() {
    Shutdown shutdown = decode(SHUTDOWN, Shutdown.class);
    assertEquals(List.of("guest", "reason"), List.copyOf(shutdown.unknownFields().keySet()));
    assertEquals(RawJson.parse("false"), shutdown.unknownFields().get("guest"));
    assertEquals(RawJson.parse("\"host-qmp-quit\""), shutdown.unknownFields().get("reason"));
    assertThrows(
        UnsupportedOperationException.class,
        () -> shutdown.unknownFields().put("x", RawJson.parse("1")));
    assertEquals("RESET", decode(RESET, Reset.class).eventName());
  }

  @Test
  void rtcChangeOffsetIsAnExactNumber() {
    RtcChange change = decode(RTC_CHANGE, RtcChange.class);
    assertEquals(new BigDecimal("78"), change.offset());
    assertEquals(
        RawJson.parse("\"/machine/unattached/device[8]\""), change.unknownFields().get("qom-path"));
    RtcChange big =
        decode(
            TS
                + "\"event\": \"RTC_CHANGE\", \"data\": {\"offset\": 123456789012345678901234567890}}",
            RtcChange.class);
    assertEquals(new BigDecimal("123456789012345678901234567890"), big.offset());
    RtcChange fraction =
        decode(TS + "\"event\": \"RTC_CHANGE\", \"data\": {\"offset\": -0.25}}", RtcChange.class);
    assertEquals(new BigDecimal("-0.25"), fraction.offset());
  }

  @Test
  void blockIoErrorDecodesListedValuesAndKeepsNodeNameNospaceAndReason() {
    BlockIoError error = decode(BLOCK_IO_ERROR, BlockIoError.class);
    assertEquals("ide0-hd1", error.device());
    assertSame(BlockIoError.Operation.WRITE, error.operation());
    assertSame(BlockIoError.Action.STOP, error.action());
    assertEquals(
        List.of("node-name", "nospace", "reason"), List.copyOf(error.unknownFields().keySet()));
    assertEquals(RawJson.parse("true"), error.unknownFields().get("nospace"));
  }

  @Test
  void vncEventsShareServerAndClientTypesAndKeepWebsocket() {
    VncConnected connected = decode(VNC_CONNECTED, VncConnected.class);
    VncServer server = connected.server();
    assertEquals("127.0.0.1", server.host());
    assertEquals("5900", server.service());
    assertSame(VncServer.Family.IPV4, server.family());
    assertEquals(Optional.of("none"), server.auth());
    assertEquals(Map.of("websocket", RawJson.parse("false")), server.unknownFields());
    assertEquals("46132", connected.client().service());
    VncInitialized initialized = decode(VNC_INITIALIZED, VncInitialized.class);
    VncDisconnected disconnected = decode(VNC_DISCONNECTED, VncDisconnected.class);
    assertEquals(server, initialized.server());
    assertEquals(server, disconnected.server());
    VncClient client = disconnected.client();
    assertEquals(Optional.empty(), client.saslUsername());
    assertEquals(Optional.empty(), client.x509Dname());
    assertEquals(client, initialized.client());
  }

  @Test
  void watchdogKeepsTheUnlistedInjectNmiActionAndReencodesIt() {
    Watchdog watchdog = decode(WATCHDOG, Watchdog.class);
    assertEquals("inject-nmi", watchdog.action().wireName());
    assertEquals(Optional.empty(), watchdog.action().known());
    assertInstanceOf(Enumerated.Unlisted.class, watchdog.action());
    assertTrue(REGISTRY.encode(watchdog).contains("\"action\":\"inject-nmi\""));
    Watchdog reset =
        decode(TS + "\"event\": \"WATCHDOG\", \"data\": {\"action\": \"reset\"}}", Watchdog.class);
    assertSame(Watchdog.Action.RESET, reset.action());
    assertEquals(Optional.of(Watchdog.Action.RESET), reset.action().known());
  }

  @Test
  void anUnknownEventKeepsItsNameTimestampAndData() {
    UnknownEvent powerdown = assertInstanceOf(UnknownEvent.class, REGISTRY.decode(POWERDOWN));
    assertEquals("POWERDOWN", powerdown.eventName());
    assertEquals(AT, powerdown.timestamp());
    assertEquals(Optional.empty(), powerdown.data());
    UnknownEvent withData =
        assertInstanceOf(
            UnknownEvent.class,
            REGISTRY.decode(
                "{\"event\": \"DEVICE_DELETED\", \"data\": {\"path\": \"/x\"}, \"timestamp\": {\"seconds\": 1, \"microseconds\": 2}}"));
    assertEquals(Optional.of(RawJson.parse("{\"path\":\"/x\"}")), withData.data());
  }

  @Test
  void aMissingRequiredFieldFailsStrictlyWithEventAndFieldPath() {
    String line =
        TS
            + "\"event\": \"VNC_CONNECTED\", \"data\": {\"server\": "
            + SERVER
            + ", \"client\": {\"family\": \"ipv4\", \"service\": \"1\"}}}";
    DecodeException error = assertThrows(DecodeException.class, () -> REGISTRY.decode(line));
    assertEquals(DecodeException.Problem.MISSING_FIELD, error.problem());
    assertEquals(Optional.of("VNC_CONNECTED"), error.eventName());
    assertEquals(Optional.of("client.host"), error.field());
    assertEquals("VNC_CONNECTED: data.client.host: missing required field", error.getMessage());
  }

  @Test
  void aValueOfTheWrongTypeFailsStrictlyWithEventAndFieldPath() {
    String line =
        TS
            + "\"event\": \"BLOCK_IO_ERROR\", \"data\": {\"device\": 7, \"operation\": \"read\", \"action\": \"stop\"}}";
    DecodeException error = assertThrows(DecodeException.class, () -> REGISTRY.decode(line));
    assertEquals(DecodeException.Problem.WRONG_TYPE, error.problem());
    assertEquals(Optional.of("device"), error.field());
    assertEquals(
        "BLOCK_IO_ERROR: data.device: expected a string but found an integer", error.getMessage());
  }

  @Test
  void lenientDecodingDeliversAFailedEventWithTheRawEventAndTheReason() {
    String line = TS + "\"event\": \"WATCHDOG\", \"data\": {\"action\": false}}";
    FailedEvent failed =
        assertInstanceOf(FailedEvent.class, REGISTRY.decode(line, EventDecoding.LENIENT));
    assertEquals("WATCHDOG", failed.eventName());
    assertEquals(AT, failed.timestamp());
    assertEquals(RawJson.parse(line), failed.raw());
    assertEquals(DecodeException.Problem.WRONG_TYPE, failed.error().problem());
    assertEquals(JsonTrees.tree(line), JsonTrees.tree(REGISTRY.encode(failed)));
    byte[] bytes = ("xx" + line).getBytes(StandardCharsets.UTF_8);
    assertInstanceOf(
        FailedEvent.class, REGISTRY.decode(bytes, 2, bytes.length - 2, EventDecoding.LENIENT));
  }

  @Test
  void aRequiredFieldMissingTogetherWithDataIsReported() {
    DecodeException error =
        assertThrows(DecodeException.class, () -> REGISTRY.decode(TS + "\"event\": \"WATCHDOG\"}"));
    assertEquals(DecodeException.Problem.MISSING_FIELD, error.problem());
    assertEquals(Optional.of("action"), error.field());
  }

  @Test
  void decodingAnEncodedEventGivesAnEqualEvent() {
    List<KnownEvent> events =
        List.of(
            new Stop(AT),
            new Shutdown(AT, Map.of("guest", RawJson.parse("true"))),
            new RtcChange(Timestamp.UNAVAILABLE, new BigDecimal("-3.5")),
            new Stop(Timestamp.ABSENT),
            new BlockIoError(AT, "d", BlockIoError.Operation.READ, Enumerated.unlisted("retry")),
            new Watchdog(AT, Watchdog.Action.fromWireName("pause")),
            new VncDisconnected(
                AT,
                new VncServer("h", "1", VncServer.Family.IPV6, Optional.empty()),
                new VncClient(
                    "c", "2", VncClient.Family.IPV4, Optional.of("CN=x"), Optional.of("luiz"))));
    for (KnownEvent event : events) {
      assertEquals(event, REGISTRY.decode(REGISTRY.encode(event)));
    }
    assertEquals(
        "{\"timestamp\":{\"seconds\":-1,\"microseconds\":-1},\"event\":\"RTC_CHANGE\",\"data\":{\"offset\":-3.5}}",
        REGISTRY.encode(events.get(2)));
  }

  @Test
  void theVisitorDispatchesEachKindOfEvent() {
    EventVisitorAdapter<String> visitor =
        new EventVisitorAdapter<>() {
          @Override
          public String fallback(QmpEvent event) {
            return "fallback " + event.eventName();
          }

          @Override
          public String visitWatchdog(Watchdog event) {
            return "watchdog " + event.action();
          }

          @Override
          public String visitUnknown(UnknownEvent event) {
            return "unknown " + event.eventName();
          }
        };
    assertEquals("watchdog inject-nmi", visitor.visit(REGISTRY.decode(WATCHDOG)));
    assertEquals("fallback STOP", visitor.visit(REGISTRY.decode(STOP)));
    assertEquals("unknown POWERDOWN", visitor.visit(REGISTRY.decode(POWERDOWN)));
    assertEquals(
        "fallback WATCHDOG",
        visitor.visit(
            REGISTRY.decode(TS + "\"event\": \"WATCHDOG\", \"data\": {}}", EventDecoding.LENIENT)));
    QmpEvent other =
        new QmpEvent() {
          @Override
          public String eventName() {
            return "OTHER";
          }

          @Override
          public Timestamp timestamp() {
            return AT;
          }
        };
    assertEquals("fallback OTHER", visitor.visit(other));
    List<String> seen = new java.util.ArrayList<>();
    Consumer<KnownEvent> exhaustive = event -> seen.add(event.accept(visitor));
    exhaustive.accept(new Stop(AT));
    assertEquals(List.of("fallback STOP"), seen);
  }

  private static <E> E decode(String line, Class<E> type) {
    return assertInstanceOf(type, REGISTRY.decode(line));
  }
}
