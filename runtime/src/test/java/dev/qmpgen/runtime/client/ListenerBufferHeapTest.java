package dev.qmpgen.runtime.client;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qmpgen.events.Events;
import dev.qmpgen.runtime.HeapUse;
import dev.qmpgen.runtime.RawJson;
import dev.qmpgen.testing.QmpTestServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The listener buffer's byte bound is a bound on heap: a stuck listener and a peer sending events
 * whose decoded form is many times their line (thousands of tiny unknown members, about 20 times)
 * cannot make the client hold much more than the bound. Heap is measured after garbage collection.
 */
class ListenerBufferHeapTest {

  private static final long BOUND = 4L << 20;
  private static final int LINES = 300;
  private static final int MEMBERS = 2_000;

  /**
   * The event in the stuck listener's hands, the reader's buffers, the threads: well under this.
   */
  private static final long SLACK = 2L << 20;

  @TempDir Path dir;

  @Test
  void aStuckListenerCannotMakeTheClientHoldMuchMoreThanTheBufferBound() throws Exception {
    StuckListener stuck = new StuckListener();
    RecordingListener after = new RecordingListener();
    QmpClientOptions options =
        QmpClientOptions.defaults(Events.registry())
            .withConnectTimeout(Duration.ofSeconds(5))
            .withCommandTimeout(Duration.ofSeconds(30))
            .withEventBuffer(1_000_000, BOUND);
    long before = HeapUse.afterGc();
    try (QmpTestServer server = QmpTestServer.unix(dir);
        QmpClient client = QmpClient.connect(server.address(), options, stuck, after)) {
      for (int line = 0; line < LINES; line++) {
        server.send(eventWithUnknownMembers(line) + "\r\n");
      }
      CompletableFuture<RawJson> status = client.execute("query-status");
      server.respond(server.nextCommand("query-status"), "{\"running\": true}");
      status.get(60, TimeUnit.SECONDS); // the reader has read every event line before it

      long held = HeapUse.afterGc() - before;
      assertTrue(
          held < BOUND + SLACK,
          "the client holds " + held + " bytes; the buffer's bound is " + BOUND);
      stuck.release();
      RecordingListener.await(() -> !after.overflows.isEmpty(), "the overflow report");
    }
  }

  private static String eventWithUnknownMembers(int line) {
    StringBuilder text =
        new StringBuilder(
            "{\"timestamp\":{\"seconds\":1,\"microseconds\":2},\"event\":\"RTC_CHANGE\","
                + "\"data\":{\"offset\":1");
    for (int i = 0; i < MEMBERS; i++) {
      text.append(",\"")
          .append(Integer.toString(line, 36))
          .append('-')
          .append(Integer.toString(i, 36))
          .append("\":1");
    }
    return text.append("}}").toString();
  }
}
