package dev.qmpgen.runtime.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qmpgen.runtime.DecodeException;
import dev.qmpgen.runtime.EventCodec;
import dev.qmpgen.runtime.EventDecoding;
import dev.qmpgen.runtime.EventRegistry;
import dev.qmpgen.runtime.FailedEvent;
import dev.qmpgen.runtime.RawJson;
import dev.qmpgen.runtime.Timestamp;
import dev.qmpgen.runtime.UnknownEvent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QmpStreamReaderTest {

  private static final String GREETING =
      "{\"QMP\": {\"version\": {\"qemu\": {\"micro\": 22, \"minor\": 2,"
          + " \"major\": 7}, \"package\": \"Debian 1:7.2+dfsg-7+deb12u18+b3\"}, \"capabilities\": [\"oob\"]}}";
  private static final String RESET =
      "{\"timestamp\": {\"seconds\": 1795595770, \"microseconds\": 46940},"
          + " \"event\": \"RESET\", \"data\": {\"guest\": false, \"reason\": \"host-qmp-system-reset\"}}";
  private static final String STOP =
      "{\"timestamp\": {\"seconds\": 1795595770, \"microseconds\": 46396}, \"event\": \"STOP\"}";

  @Test
  void readsGreetingResponsesAndEventsAsQemuSendsThem() throws IOException {
    List<QmpMessage> messages =
        readAll(
            lines(
                GREETING,
                "{\"return\": {}, \"id\": \"qmp_capabilities\"}",
                RESET,
                "{\"id\": 7, \"error\": {\"class\": \"CommandNotFound\", \"desc\": \"The command bogus has not been found\"}}",
                "{\"timestamp\": {\"seconds\": 1795595770, \"microseconds\": 47256}, \"event\": \"POWERDOWN\"}",
                STOP),
            TestCatalog.registry(),
            EventDecoding.LENIENT,
            QmpLimits.DEFAULTS);

    assertEquals(6, messages.size());
    QmpGreeting greeting = assertInstanceOf(QmpGreeting.class, messages.get(0));
    assertEquals(new QemuVersion(7, 2, 22, "Debian 1:7.2+dfsg-7+deb12u18+b3"), greeting.version());
    assertEquals(List.of("oob"), greeting.capabilities());
    assertEquals(
        new QmpReturn(2, Optional.of(RawJson.parse("\"qmp_capabilities\"")), RawJson.parse("{}")),
        messages.get(1));
    QmpEventMessage reset = assertInstanceOf(QmpEventMessage.class, messages.get(2));
    assertEquals(
        new TestCatalog.TestReset(new Timestamp(1795595770, 46940), false, "host-qmp-system-reset"),
        reset.event());
    assertEquals(3, reset.lineNumber());
    assertEquals(
        new QmpError(
            4,
            Optional.of(RawJson.parse("7")),
            "CommandNotFound",
            "The command bogus has not been found"),
        messages.get(3));
    assertEquals(
        new UnknownEvent("POWERDOWN", new Timestamp(1795595770, 47256), Optional.empty()),
        ((QmpEventMessage) messages.get(4)).event());
    assertEquals(
        new TestCatalog.TestStop(new Timestamp(1795595770, 46396)),
        ((QmpEventMessage) messages.get(5)).event());
  }

  @Test
  void badLinesAreReportedWithTheirLineNumberAndTheNextLineIsStillRead() throws IOException {
    List<QmpMessage> messages =
        readAll(
            lines(
                STOP,
                "{garbage",
                STOP,
                "[1, 2]",
                STOP,
                "{\"foo\": 1}",
                STOP,
                "{\"event\": \"STOP\"} trailing",
                STOP),
            TestCatalog.registry(),
            EventDecoding.LENIENT,
            QmpLimits.DEFAULTS);

    assertEquals(9, messages.size());
    assertBad(messages.get(1), 2, QmpBadLine.Problem.MALFORMED_JSON);
    assertBad(messages.get(3), 4, QmpBadLine.Problem.NOT_A_MESSAGE);
    assertBad(messages.get(5), 6, QmpBadLine.Problem.NOT_A_MESSAGE);
    assertBad(messages.get(7), 8, QmpBadLine.Problem.MALFORMED_JSON);
    for (int i = 0; i < 9; i += 2) {
      assertEquals(i + 1, assertInstanceOf(QmpEventMessage.class, messages.get(i)).lineNumber());
    }
    assertEquals("{garbage", ((QmpBadLine) messages.get(1)).excerpt());
  }

  @Test
  void aRepeatedMemberNameAnywhereInALineMakesItABadLine() throws IOException {
    List<QmpMessage> messages =
        readAll(
            lines(
                GREETING,
                "{\"event\": \"STOP\", \"event\": \"RESET\", \"timestamp\": {\"seconds\": 1, \"microseconds\": 2}}",
                "{\"timestamp\": {\"seconds\": 1, \"seconds\": 2, \"microseconds\": 2}, \"event\": \"STOP\"}",
                "{\"event\": \"RESET\", \"data\": {\"guest\": true, \"reason\": \"a\", \"guest\": false}}",
                "{\"event\": \"X\", \"data\": {\"unknown\": {\"k\": 1, \"k\": 2}}}",
                "{\"return\": {}, \"return\": {}, \"id\": 1}",
                "{\"QMP\": {\"version\": {\"qemu\": {\"micro\": 0, \"minor\": 2, \"major\": 7}, \"package\": \"\"},"
                    + " \"capabilities\": [], \"capabilities\": [\"oob\"]}}",
                STOP),
            TestCatalog.registry(),
            EventDecoding.LENIENT,
            QmpLimits.DEFAULTS);

    assertEquals(8, messages.size());
    List<String> repeated =
        List.of(
            "STOP: the member \"event\"",
            "the member \"timestamp.seconds\"",
            "RESET: the member \"guest\"",
            "X: the member \"k\"",
            "the member \"return\"",
            "the member \"capabilities\"");
    for (int line = 2; line <= 7; line++) {
      QmpBadLine bad = assertBad(messages.get(line - 1), line, QmpBadLine.Problem.MALFORMED_JSON);
      assertTrue(
          bad.detail().contains(repeated.get(line - 2) + " appears twice in one object"),
          bad::describe);
    }
    assertInstanceOf(QmpEventMessage.class, messages.get(7));
  }

  @Test
  void aLineOverTheLimitIsSkippedWithoutBufferingItAndTheNextLineIsRead() throws IOException {
    String huge = "{\"event\": \"X\", \"data\": {\"blob\": \"" + "x".repeat(100_000) + "\"}}";
    QmpLimits limits = QmpLimits.DEFAULTS.withMaxLineBytes(1024);

    List<QmpMessage> messages =
        readAll(lines(STOP, huge, STOP), TestCatalog.registry(), EventDecoding.LENIENT, limits);

    assertEquals(3, messages.size());
    QmpBadLine bad = assertBad(messages.get(1), 2, QmpBadLine.Problem.LINE_TOO_LONG);
    assertTrue(bad.detail().contains(String.valueOf(huge.length())), bad.detail());
    assertTrue(bad.excerpt().startsWith("{\"event\": \"X\""), bad.excerpt());
    assertInstanceOf(QmpEventMessage.class, messages.get(2));
  }

  @Test
  void aLineExactlyAtTheLimitIsAccepted() throws IOException {
    QmpLimits limits = QmpLimits.DEFAULTS.withMaxLineBytes(STOP.length());

    List<QmpMessage> messages =
        readAll(lines(STOP, STOP), TestCatalog.registry(), EventDecoding.LENIENT, limits);

    assertEquals(2, messages.size());
    assertInstanceOf(QmpEventMessage.class, messages.get(1));
  }

  @Test
  void deepNestingAndLongStringsAreRefusedBeforeParsing() throws IOException {
    String deep = "{\"event\": \"X\", \"data\": " + "[".repeat(65) + "]".repeat(65) + "}";
    String longString = "{\"event\": \"X\", \"data\": {\"s\": \"" + "y".repeat(2000) + "\"}}";
    QmpLimits limits = QmpLimits.DEFAULTS.withMaxStringBytes(1000);

    List<QmpMessage> messages =
        readAll(
            lines(deep, STOP, longString, STOP),
            TestCatalog.registry(),
            EventDecoding.LENIENT,
            limits);

    assertBad(messages.get(0), 1, QmpBadLine.Problem.TOO_DEEP);
    assertBad(messages.get(2), 3, QmpBadLine.Problem.STRING_TOO_LONG);
    assertInstanceOf(QmpEventMessage.class, messages.get(1));
    assertInstanceOf(QmpEventMessage.class, messages.get(3));
  }

  @Test
  void escapedQuotesAndBracketsInsideStringsDoNotCountAsNesting() throws IOException {
    String tricky = "{\"event\": \"X\", \"data\": {\"s\": \"[[[[{{{{\\\"]]]\"}}";
    QmpLimits limits = QmpLimits.DEFAULTS.withMaxNestingDepth(4);

    QmpMessage message =
        readAll(lines(tricky), EventRegistry.of(), EventDecoding.LENIENT, limits).get(0);

    UnknownEvent event = assertInstanceOf(UnknownEvent.class, ((QmpEventMessage) message).event());
    assertEquals("{\"s\":\"[[[[{{{{\\\"]]]\"}", event.data().orElseThrow().json());
  }

  @Test
  void aKnownEventThatFailsToDecodeArrivesAsAFailedEventWhenLenient() throws IOException {
    String noReason =
        "{\"timestamp\": {\"seconds\": 1, \"microseconds\": 2}, \"event\": \"RESET\","
            + " \"data\": {\"guest\": true}}";

    List<QmpMessage> messages =
        readAll(
            lines(STOP, noReason, STOP),
            TestCatalog.registry(),
            EventDecoding.LENIENT,
            QmpLimits.DEFAULTS);

    QmpEventMessage message = assertInstanceOf(QmpEventMessage.class, messages.get(1));
    assertEquals(2, message.lineNumber());
    FailedEvent failed = assertInstanceOf(FailedEvent.class, message.event());
    assertEquals(Optional.of("reason"), failed.error().field());
    assertEquals(RawJson.parse(noReason), failed.raw());
  }

  @Test
  void aKnownEventThatFailsToDecodeIsABadLineNamingEventAndFieldWhenStrict() throws IOException {
    String wrongType = "{\"event\": \"RESET\", \"data\": {\"guest\": \"yes\", \"reason\": \"r\"}}";

    List<QmpMessage> messages =
        readAll(
            lines(wrongType, STOP),
            TestCatalog.registry(),
            EventDecoding.STRICT,
            QmpLimits.DEFAULTS);

    QmpBadLine bad = assertBad(messages.get(0), 1, QmpBadLine.Problem.EVENT_DECODE_FAILED);
    DecodeException error = bad.decodeError().orElseThrow();
    assertEquals(Optional.of("RESET"), error.eventName());
    assertEquals(Optional.of("guest"), error.field());
    assertInstanceOf(QmpEventMessage.class, messages.get(1));
  }

  @Test
  void aCodecThatThrowsSomethingElseThanADecodeExceptionCostsOnlyItsLine() throws IOException {
    EventCodec<TestCatalog.TestStop> broken =
        TestCatalog.failingCodec(
            "BROKEN",
            () -> {
              throw new IllegalStateException("codec bug");
            });
    EventRegistry registry = EventRegistry.of(() -> List.of(broken));

    for (EventDecoding decoding : EventDecoding.values()) {
      List<QmpMessage> messages =
          readAll(
              lines(
                  "{\"event\": \"BROKEN\", \"data\": {}}",
                  "{\"event\": \"BROKEN\"}",
                  "{\"event\": \"STOP\"}"),
              registry,
              decoding,
              QmpLimits.DEFAULTS);

      assertEquals(3, messages.size(), messages::toString);
      QmpBadLine bad = assertBad(messages.get(0), 1, QmpBadLine.Problem.EVENT_DECODE_FAILED);
      assertTrue(bad.detail().contains("IllegalStateException: codec bug"), bad.detail());
      assertBad(messages.get(1), 2, QmpBadLine.Problem.EVENT_DECODE_FAILED);
      assertInstanceOf(UnknownEvent.class, ((QmpEventMessage) messages.get(2)).event());
    }
  }

  @Test
  void linesSplitAcrossReadsAreReassembled() throws IOException {
    byte[] stream = lines(GREETING, RESET, STOP);

    List<QmpMessage> messages = readAll(new TrickleChannel(stream), TestCatalog.registry());

    assertEquals(3, messages.size());
    assertInstanceOf(QmpGreeting.class, messages.get(0));
    assertInstanceOf(TestCatalog.TestReset.class, ((QmpEventMessage) messages.get(1)).event());
  }

  @Test
  void bareNewlinesAndMultiByteCharactersSplitAcrossReadsAreRead() throws IOException {
    String unicode = "{\"event\": \"X\", \"data\": {\"s\": \"\u00e9\u20ac\ud83d\ude00\"}}";
    byte[] stream =
        (GREETING + "\n" + unicode + "\n" + STOP + "\r\n" + unicode + "\n")
            .getBytes(StandardCharsets.UTF_8);

    List<QmpMessage> messages = readAll(new TrickleChannel(stream, 1), EventRegistry.of());

    assertEquals(4, messages.size(), messages::toString);
    assertInstanceOf(QmpGreeting.class, messages.get(0));
    for (int i : new int[] {1, 3}) {
      UnknownEvent event =
          assertInstanceOf(UnknownEvent.class, ((QmpEventMessage) messages.get(i)).event());
      assertEquals("{\"s\":\"\u00e9\u20ac\ud83d\ude00\"}", event.data().orElseThrow().json());
    }
    assertEquals(3, messages.get(2).lineNumber());
  }

  @Test
  void returnValuesOfEveryJsonTypeAreKeptAsSent() throws IOException {
    List<QmpMessage> messages =
        readAll(
            lines(
                "{\"return\": [{\"name\": \"a\"}], \"id\": 1}",
                "{\"id\": 2, \"return\": 42}",
                "{\"return\": \"text\", \"id\": 3}",
                "{\"return\": null, \"id\": 4}",
                "{\"return\": 1.50, \"id\": 5}"),
            EventRegistry.of(),
            EventDecoding.LENIENT,
            QmpLimits.DEFAULTS);

    assertEquals(
        List.of("[{\"name\":\"a\"}]", "42", "\"text\"", "null", "1.50"),
        messages.stream().map(m -> ((QmpReturn) m).value().json()).toList());
    assertEquals(RawJson.parse("2"), ((QmpReturn) messages.get(1)).id().orElseThrow());
  }

  @Test
  void aStreamEndingMidLineReportsTheTruncatedLine() throws IOException {
    byte[] stream = (STOP + "\r\n" + "{\"event\": \"ST").getBytes(StandardCharsets.UTF_8);

    List<QmpMessage> messages =
        readAll(Channels.newChannel(new ByteArrayInputStream(stream)), TestCatalog.registry());

    assertEquals(2, messages.size());
    QmpBadLine bad = assertBad(messages.get(1), 2, QmpBadLine.Problem.TRUNCATED);
    assertEquals("{\"event\": \"ST", bad.excerpt());
  }

  @Test
  void aGreetingWithoutCapabilitiesIsRefused() throws IOException {
    String noCapabilities =
        "{\"QMP\": {\"version\": {\"qemu\": {\"micro\": 0, \"minor\": 2, \"major\": 7},"
            + " \"package\": \"\"}}}";

    QmpBadLine bad =
        assertBad(
            readAll(
                    lines(noCapabilities),
                    EventRegistry.of(),
                    EventDecoding.LENIENT,
                    QmpLimits.DEFAULTS)
                .get(0),
            1,
            QmpBadLine.Problem.INVALID_GREETING);

    assertTrue(bad.detail().contains("capabilities"), bad.detail());
  }

  @Test
  void blankLinesAreSkippedButCounted() throws IOException {
    List<QmpMessage> messages =
        readAll(
            lines("", STOP, "  ", STOP),
            TestCatalog.registry(),
            EventDecoding.LENIENT,
            QmpLimits.DEFAULTS);

    assertEquals(List.of(2L, 4L), messages.stream().map(QmpMessage::lineNumber).toList());
  }

  private static QmpBadLine assertBad(QmpMessage message, long line, QmpBadLine.Problem problem) {
    QmpBadLine bad =
        assertInstanceOf(QmpBadLine.class, message, () -> "line " + line + ": " + message);
    assertEquals(line, bad.lineNumber(), bad::describe);
    assertEquals(problem, bad.problem(), bad::describe);
    return bad;
  }

  static byte[] lines(String... lines) {
    return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
  }

  private static List<QmpMessage> readAll(
      byte[] stream, EventRegistry registry, EventDecoding decoding, QmpLimits limits)
      throws IOException {
    QmpStreamReader reader =
        new QmpStreamReader(
            Channels.newChannel(new ByteArrayInputStream(stream)), registry, decoding, limits);
    return drain(reader);
  }

  private static List<QmpMessage> readAll(ReadableByteChannel channel, EventRegistry registry)
      throws IOException {
    return drain(new QmpStreamReader(channel, registry));
  }

  private static List<QmpMessage> drain(QmpStreamReader reader) throws IOException {
    List<QmpMessage> messages = new ArrayList<>();
    for (Optional<QmpMessage> next = reader.next(); next.isPresent(); next = reader.next()) {
      messages.add(next.get());
    }
    return messages;
  }

  /** Hands out a few bytes per read, so every line arrives in pieces. */
  private static final class TrickleChannel implements ReadableByteChannel {
    private final ByteBuffer source;
    private final int chunk;

    TrickleChannel(byte[] bytes) {
      this(bytes, 3);
    }

    TrickleChannel(byte[] bytes, int chunk) {
      this.source = ByteBuffer.wrap(bytes);
      this.chunk = chunk;
    }

    @Override
    public int read(ByteBuffer target) {
      if (!source.hasRemaining()) {
        return -1;
      }
      int n = Math.min(chunk, Math.min(source.remaining(), target.remaining()));
      for (int i = 0; i < n; i++) {
        target.put(source.get());
      }
      return n;
    }

    @Override
    public boolean isOpen() {
      return true;
    }

    @Override
    public void close() {}
  }
}
