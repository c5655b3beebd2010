package dev.qmpgen.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qmpgen.runtime.DecodeException;
import dev.qmpgen.runtime.EventDecoding;
import dev.qmpgen.runtime.EventRegistry;
import dev.qmpgen.runtime.FailedEvent;
import dev.qmpgen.runtime.QmpEvent;
import dev.qmpgen.runtime.stream.QmpBadLine;
import dev.qmpgen.runtime.stream.QmpEventMessage;
import dev.qmpgen.runtime.stream.QmpLimits;
import dev.qmpgen.runtime.stream.QmpMessage;
import dev.qmpgen.runtime.stream.QmpStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Values at the edges of JSON decode to an event or fail as a {@link DecodeException}, never as
 * another exception, on every entry point, under the one documented set of limits; and what decodes
 * encodes.
 */
class HostileValuesTest {

  private static final EventRegistry REGISTRY = Events.registry();
  private static final String AT = "\"timestamp\":{\"seconds\":1,\"microseconds\":2},";

  @Test
  void aNumberWithAnExponentBeyondIntIsADecodeError() throws IOException {
    String line = "{" + AT + "\"event\":\"RTC_CHANGE\",\"data\":{\"offset\":1e2147483648}}";
    DecodeException strict = assertThrows(DecodeException.class, () -> REGISTRY.decode(line));
    assertTrue(strict.getMessage().contains("offset"), strict.getMessage());
    assertThrows(
        DecodeException.class, () -> REGISTRY.decode(line.getBytes(StandardCharsets.UTF_8)));
    assertInstanceOf(FailedEvent.class, REGISTRY.decode(line, EventDecoding.LENIENT));

    QmpMessage read = readOne(line);
    assertInstanceOf(FailedEvent.class, ((QmpEventMessage) read).event(), read::toString);
  }

  @Test
  void decodingAStringOrBytesAppliesTheDocumentedLimits() {
    int deeper = QmpLimits.DEFAULTS.maxNestingDepth() + 1;
    String deep =
        "{"
            + AT
            + "\"event\":\"X\",\"data\":{\"a\":"
            + "[".repeat(deeper)
            + "]".repeat(deeper)
            + "}}";
    String longString =
        "{"
            + AT
            + "\"event\":\"X\",\"data\":{\"a\":\""
            + "x".repeat(QmpLimits.DEFAULTS.maxStringBytes() + 1)
            + "\"}}";
    assertRefusedAtTheLimit(deep, QmpLimits.DEFAULTS.maxNestingDepth());
    assertRefusedAtTheLimit(longString, QmpLimits.DEFAULTS.maxStringBytes());
    // Just within the limits is fine.
    int deepest = QmpLimits.DEFAULTS.maxNestingDepth() - 2;
    REGISTRY.decode(
        "{"
            + AT
            + "\"event\":\"X\",\"data\":{\"a\":"
            + "[".repeat(deepest)
            + "]".repeat(deepest)
            + "}}");
  }

  @Test
  void aLoneSurrogateThatDecodesAlsoEncodes() {
    String escaped = "\"\\ud800\"";
    List<String> lines =
        List.of(
            "{" + AT + "\"event\":\"NOT_IN_SPEC\",\"data\":{\"s\":" + escaped + "}}",
            "{"
                + AT
                + "\"event\":\"RTC_CHANGE\",\"data\":{\"offset\":1,\"s\":"
                + escaped
                + ",\"t\":["
                + escaped
                + "]}}",
            "{" + AT + "\"event\":\"RTC_CHANGE\",\"data\":{\"offset\":" + escaped + "}}");
    for (String line : lines) {
      QmpEvent event = REGISTRY.decode(line, EventDecoding.LENIENT);
      byte[] bytes = REGISTRY.encodeToBytes(event);
      String encoded = REGISTRY.encode(event);
      assertEquals(encoded, new String(bytes, StandardCharsets.UTF_8), line);
      assertEquals(
          encoded,
          REGISTRY.encode(REGISTRY.decode(bytes, 0, bytes.length, EventDecoding.LENIENT)),
          line);
      assertTrue(encoded.contains("\\ud800"), encoded);
    }
  }

  /** Both decode entry points refuse {@code line} for exceeding {@code limit}, for nothing else. */
  private static void assertRefusedAtTheLimit(String line, int limit) {
    for (Executable decoding :
        List.<Executable>of(
            () -> REGISTRY.decode(line),
            () -> REGISTRY.decode(line.getBytes(StandardCharsets.UTF_8)))) {
      DecodeException error = assertThrows(DecodeException.class, decoding);
      assertEquals(DecodeException.Problem.MALFORMED_JSON, error.problem(), error::getMessage);
      assertTrue(error.getMessage().contains("(" + limit + ","), error::getMessage);
    }
  }

  private static QmpMessage readOne(String line) throws IOException {
    byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
    QmpMessage message =
        QmpStreamReader.of(new ByteArrayInputStream(bytes), REGISTRY).next().orElseThrow();
    assertTrue(!(message instanceof QmpBadLine), message::toString);
    return message;
  }
}
