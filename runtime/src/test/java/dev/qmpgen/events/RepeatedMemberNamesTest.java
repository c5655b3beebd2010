package dev.qmpgen.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qmpgen.runtime.DecodeException;
import dev.qmpgen.runtime.EventDecoding;
import dev.qmpgen.runtime.EventRegistry;
import dev.qmpgen.runtime.RawJson;
import dev.qmpgen.runtime.stream.QmpBadLine;
import dev.qmpgen.runtime.stream.QmpLimits;
import dev.qmpgen.runtime.stream.QmpMessage;
import dev.qmpgen.runtime.stream.QmpStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * A member name repeated in any object of a line (envelope, timestamp, a generated record's listed
 * or unlisted members, raw values at any depth) is refused as malformed, naming the event and the
 * member, on every entry point, strict or lenient: never read as its first or last value.
 */
class RepeatedMemberNamesTest {

  private static final EventRegistry REGISTRY = Events.registry();
  private static final String AT = "\"timestamp\":{\"seconds\":1,\"microseconds\":2},";

  /**
   * A parser the caller configures, as {@code decode(JsonParser)} allows: jackson-core's defaults.
   */
  private static final JsonFactory CALLERS_FACTORY = JsonFactory.builder().build();

  static Stream<Arguments> repeats() {
    return Stream.of(
        // A listed member of a generated event record.
        Arguments.of(
            "{" + AT + "\"event\":\"RTC_CHANGE\",\"data\":{\"offset\":78,\"offset\":79}}",
            "RTC_CHANGE",
            "data.offset"),
        // A listed member of a generated nested record.
        Arguments.of(
            "{"
                + AT
                + "\"event\":\"VNC_CONNECTED\",\"data\":{\"server\":"
                + QemuLinesTest.SERVER.replace("{", "{\"host\":\"10.0.0.1\",")
                + ",\"client\":"
                + QemuLinesTest.CLIENT
                + "}}",
            "VNC_CONNECTED",
            "data.server.host"),
        // A member the spec does not list, kept in unknownFields.
        Arguments.of(
            "{"
                + AT
                + "\"event\":\"RTC_CHANGE\",\"data\":{\"offset\":78,\"qom\":\"a\",\"qom\":\"b\"}}",
            "RTC_CHANGE",
            "qom"),
        // Inside the raw value of an unlisted member, two levels down.
        Arguments.of(
            "{"
                + AT
                + "\"event\":\"RTC_CHANGE\",\"data\":{\"offset\":78,\"extra\":{\"a\":[{\"k\":1,\"k\":2}]}}}",
            "RTC_CHANGE",
            "k"),
        // Inside the raw data of an event no codec knows.
        Arguments.of(
            "{" + AT + "\"event\":\"NEW_EVENT\",\"data\":{\"k\":{},\"k\":{}}}", "NEW_EVENT", "k"),
        // Envelope members, defined and not.
        Arguments.of("{" + AT + "\"event\":\"STOP\",\"event\":\"RESUME\"}", "STOP", "event"),
        Arguments.of("{" + AT + "\"event\":\"STOP\",\"data\":{},\"data\":{}}", "STOP", "data"),
        Arguments.of("{" + AT + "\"event\":\"STOP\",\"id\":1,\"id\":2}", "STOP", "id"),
        Arguments.of("{" + AT + "\"event\":\"STOP\",\"id\":{\"k\":1,\"k\":2}}", "STOP", "k"),
        // The timestamp's members, defined and not.
        Arguments.of(
            "{\"event\":\"STOP\",\"timestamp\":{\"seconds\":1,\"microseconds\":2,\"seconds\":3}}",
            "STOP",
            "timestamp.seconds"),
        Arguments.of(
            "{\"event\":\"STOP\",\"timestamp\":{\"seconds\":1,\"microseconds\":2,\"n\":1,\"n\":2}}",
            "STOP",
            "timestamp.n"),
        // Data before the timestamp, kept raw until the envelope is read.
        Arguments.of(
            "{\"event\":\"RTC_CHANGE\",\"data\":{\"offset\":78,\"offset\":79},"
                + AT.substring(0, AT.length() - 1)
                + "}",
            "RTC_CHANGE",
            "offset"));
  }

  @ParameterizedTest
  @MethodSource("repeats")
  void aRepeatedMemberNameIsRefusedOnEveryEntryPoint(String line, String event, String member)
      throws IOException {
    String expected = event + ": the member \"" + member + "\" appears twice in one object";
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    assertRefused(expected, () -> REGISTRY.decode(line));
    assertRefused(expected, () -> REGISTRY.decode(bytes));
    assertRefused(expected, () -> REGISTRY.decode(line, EventDecoding.LENIENT));
    assertRefused(expected, () -> REGISTRY.decode(bytes, 0, bytes.length, EventDecoding.LENIENT));
    assertRefused(
        expected,
        () -> {
          try (JsonParser parser = CALLERS_FACTORY.createParser(ObjectReadContext.empty(), line)) {
            return REGISTRY.decode(parser);
          }
        });
    for (EventDecoding decoding : EventDecoding.values()) {
      QmpMessage read =
          new QmpStreamReader(
                  Channels.newChannel(
                      new ByteArrayInputStream((line + "\n").getBytes(StandardCharsets.UTF_8))),
                  REGISTRY,
                  decoding,
                  QmpLimits.DEFAULTS)
              .next()
              .orElseThrow();
      QmpBadLine bad = assertInstanceOf(QmpBadLine.class, read, read::toString);
      assertEquals(QmpBadLine.Problem.MALFORMED_JSON, bad.problem(), bad::describe);
      assertEquals(1, bad.lineNumber());
      assertTrue(bad.detail().contains(expected), bad::describe);
    }
  }

  @ParameterizedTest
  @MethodSource("rawObjects")
  void rawJsonRefusesARepeatedNameInAnyObject(String json, String member) {
    DecodeException error = assertThrows(DecodeException.class, () -> RawJson.parse(json));
    assertEquals(DecodeException.Problem.MALFORMED_JSON, error.problem());
    assertTrue(
        error.getMessage().contains("the member \"" + member + "\" appears twice"),
        error::getMessage);
  }

  static Stream<Arguments> rawObjects() {
    StringBuilder wide = new StringBuilder("{");
    for (int i = 0; i < 40; i++) {
      wide.append("\"m").append(i).append("\":").append(i).append(',');
    }
    return Stream.of(
        Arguments.of("{\"a\":1,\"b\":2,\"a\":3}", "a"),
        // Past the scan, where names are hashed.
        Arguments.of(wide + "\"m3\":0}", "m3"),
        // The same name in sibling or nested objects is no repeat; only within one object.
        Arguments.of("[{\"a\":1},{\"a\":{\"a\":2,\"b\":{\"a\":3}},\"b\":1,\"b\":2}]", "b"));
  }

  @ParameterizedTest
  @MethodSource("sameNameInOtherObjects")
  void theSameNameInDifferentObjectsIsNoRepeat(String json) {
    assertEquals(json, RawJson.parse(json).json());
  }

  static Stream<String> sameNameInOtherObjects() {
    return Stream.of("[{\"a\":1},{\"a\":2}]", "{\"a\":{\"a\":{\"a\":1}},\"b\":{\"a\":1}}");
  }

  private static void assertRefused(String expected, Supplier<Object> decoding) {
    DecodeException error = assertThrows(DecodeException.class, decoding::get);
    assertEquals(DecodeException.Problem.MALFORMED_JSON, error.problem(), error::getMessage);
    assertTrue(error.getMessage().contains(expected), error::getMessage);
  }
}
