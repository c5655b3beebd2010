package dev.qmpgen.runtime.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.qmpgen.runtime.EventDecoding;
import java.io.ByteArrayInputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The largest limits a {@link QmpLimits} accepts, "no limit" in effect, still make a reader. */
class UnboundedLimitsTest {

  @Test
  void aReaderWithTheLargestLineLimitReadsLines() throws Exception {
    QmpLimits largest =
        QmpLimits.DEFAULTS
            .withMaxLineBytes(Integer.MAX_VALUE)
            .withMaxStringBytes(Integer.MAX_VALUE)
            .withMaxNestingDepth(Integer.MAX_VALUE);
    byte[] stream =
        ("{\"timestamp\": {\"seconds\": 1700000000, \"microseconds\": 5}, \"event\": \"STOP\"}\r\n")
            .getBytes(StandardCharsets.UTF_8);
    QmpStreamReader reader =
        new QmpStreamReader(
            Channels.newChannel(new ByteArrayInputStream(stream)),
            TestCatalog.registry(),
            EventDecoding.STRICT,
            largest);

    QmpEventMessage event = assertInstanceOf(QmpEventMessage.class, reader.next().orElseThrow());

    assertEquals("STOP", event.event().eventName());
    assertEquals(1, event.lineNumber());
  }
}
