package dev.qmpgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qmpgen.events.EventVisitorAdapter;
import dev.qmpgen.events.Events;
import dev.qmpgen.events.Stop;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The envelope handling, composition and error reporting of the registry. */
class EventRegistryTest {

  /** An event of another spec's catalog, written by hand. */
  record Powerdown(Timestamp timestamp) implements QmpEvent {
    @Override
    public String eventName() {
      return "POWERDOWN";
    }
  }

  private static final EventCatalog OTHER =
      () ->
          List.of(
              EventCodec.of(
                  "POWERDOWN",
                  Powerdown.class,
                  (timestamp, parser) -> {
                    parser.skipChildren();
                    return new Powerdown(timestamp);
                  },
                  Powerdown::new,
                  event -> false,
                  (event, generator) -> {}));

  @Test
  void registriesOfSeveralCatalogsCompose() {
    EventRegistry registry = EventRegistry.of(Events.catalog(), OTHER);
    String line = "{\"timestamp\":{\"seconds\":1,\"microseconds\":2},\"event\":\"POWERDOWN\"}";
    Powerdown powerdown = assertInstanceOf(Powerdown.class, registry.decode(line));
    assertEquals(line, registry.encode(powerdown));
    assertInstanceOf(
        Stop.class,
        registry.decode("{\"event\":\"STOP\",\"timestamp\":{\"seconds\":1,\"microseconds\":2}}"));
    EventVisitorAdapter<String> visitor =
        new EventVisitorAdapter<>() {
          @Override
          public String fallback(QmpEvent event) {
            return "fallback";
          }

          @Override
          public String visitOther(QmpEvent event) {
            return "other " + event.eventName();
          }
        };
    assertEquals("other POWERDOWN", visitor.visit(powerdown));
    assertThrows(
        IllegalArgumentException.class, () -> EventRegistry.of(Events.catalog(), Events.catalog()));
  }

  /** A catalog of its own that also defines STOP, as a second build's bindings would. */
  static final class ShadowingCatalog implements EventCatalog {
    record OwnStop(Timestamp timestamp) implements QmpEvent {
      @Override
      public String eventName() {
        return "STOP";
      }
    }

    @Override
    public List<EventCodec<?>> codecs() {
      return List.of(
          EventCodec.of(
              "STOP",
              OwnStop.class,
              (timestamp, parser) -> new OwnStop(timestamp),
              OwnStop::new,
              event -> false,
              (event, generator) -> {}));
    }
  }

  @Test
  void composingTwoCatalogsThatDefineTheSameEventNamesTheEventAndBothCatalogs() {
    IllegalArgumentException clash =
        assertThrows(
            IllegalArgumentException.class,
            () -> EventRegistry.of(Events.catalog(), new ShadowingCatalog()));
    assertEquals(
        "event STOP is defined by both dev.qmpgen.events.Events (dev.qmpgen.events.Stop) and "
            + ShadowingCatalog.class.getName()
            + " ("
            + ShadowingCatalog.OwnStop.class.getName()
            + ")",
        clash.getMessage());
    assertEquals(
        List.of(Events.catalog(), OTHER), EventRegistry.of(Events.catalog(), OTHER).catalogs());
  }

  @Test
  void dataBeforeTheEventNameAndAMissingTimestampStillDecode() {
    QmpEvent event =
        Events.registry().decode("{\"data\":{\"action\":\"pause\"},\"event\":\"WATCHDOG\"}");
    assertEquals("WATCHDOG", event.eventName());
    assertEquals(Timestamp.ABSENT, event.timestamp());
  }

  @Test
  void anAbsentTimestampAndQemusExplicitMinusOneStayApartThroughDecodeAndEncode() {
    EventRegistry registry = Events.registry();
    String absent = "{\"event\":\"STOP\"}";
    String unavailable = "{\"timestamp\":{\"seconds\":-1,\"microseconds\":-1},\"event\":\"STOP\"}";
    QmpEvent withoutTimestamp = registry.decode(absent);
    QmpEvent withUnavailable = registry.decode(unavailable);
    assertEquals(Timestamp.ABSENT, withoutTimestamp.timestamp());
    assertEquals(Timestamp.UNAVAILABLE, withUnavailable.timestamp());
    assertNotEquals(withoutTimestamp, withUnavailable);
    assertEquals(absent, registry.encode(withoutTimestamp));
    assertEquals(unavailable, registry.encode(withUnavailable));
    assertEquals(Optional.empty(), Timestamp.ABSENT.toInstant());
    assertFalse(Timestamp.ABSENT.isPresent());
    assertTrue(Timestamp.UNAVAILABLE.isPresent());
  }

  @Test
  void aKnownEventWithAnUnreadableTimestampIsStillDeliveredLeniently() {
    String line = "{\"timestamp\":{\"seconds\":\"soon\",\"microseconds\":0},\"event\":\"STOP\"}";
    DecodeException strict =
        assertThrows(DecodeException.class, () -> Events.registry().decode(line));
    assertEquals(DecodeException.Problem.WRONG_TYPE, strict.problem());
    FailedEvent failed =
        assertInstanceOf(FailedEvent.class, Events.registry().decode(line, EventDecoding.LENIENT));
    assertEquals("STOP", failed.eventName());
    assertEquals(Timestamp.UNAVAILABLE, failed.timestamp());
    assertEquals(RawJson.parse(line), failed.raw());
    assertEquals(line, Events.registry().encode(failed));
  }

  @Test
  void oneDecodingSettingChoosesBetweenThrowingAndAFailedEvent() {
    String line = "{\"event\":\"STOP\",\"data\":[]}";
    byte[] bytes = ("  " + line).getBytes(StandardCharsets.UTF_8);
    EventRegistry registry = Events.registry();
    DecodeException strict =
        assertThrows(DecodeException.class, () -> registry.decode(line, EventDecoding.STRICT));
    assertEquals(DecodeException.Problem.WRONG_TYPE, strict.problem());
    assertThrows(
        DecodeException.class,
        () -> registry.decode(bytes, 2, bytes.length - 2, EventDecoding.STRICT));
    FailedEvent failed =
        assertInstanceOf(FailedEvent.class, registry.decode(line, EventDecoding.LENIENT));
    assertEquals(strict.getMessage(), failed.error().getMessage());
    FailedEvent fromBytes =
        assertInstanceOf(
            FailedEvent.class, registry.decode(bytes, 2, bytes.length - 2, EventDecoding.LENIENT));
    assertEquals(failed.raw(), fromBytes.raw());
    assertThrows(NullPointerException.class, () -> registry.decode(line, null));
  }

  @Test
  void textThatIsNotAnEventFailsEvenLeniently() {
    EventRegistry registry = Events.registry();
    assertEquals(
        DecodeException.Problem.MALFORMED_JSON,
        assertThrows(
                DecodeException.class, () -> registry.decode("{\"event\":", EventDecoding.LENIENT))
            .problem());
    assertEquals(
        DecodeException.Problem.NOT_AN_EVENT,
        assertThrows(DecodeException.class, () -> registry.decode("[1]", EventDecoding.LENIENT))
            .problem());
    assertEquals(
        DecodeException.Problem.NOT_AN_EVENT,
        assertThrows(DecodeException.class, () -> registry.decode("{\"data\":{}}")).problem());
    assertEquals(
        DecodeException.Problem.MALFORMED_JSON,
        assertThrows(DecodeException.class, () -> registry.decode("{\"event\":\"STOP\"} x"))
            .problem());
    assertEquals(Optional.empty(), registry.codec("POWERDOWN"));
  }
}
