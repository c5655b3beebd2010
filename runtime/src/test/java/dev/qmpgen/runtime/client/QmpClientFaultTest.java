package dev.qmpgen.runtime.client;

import static dev.qmpgen.runtime.client.QmpClientTest.OPTIONS;
import static dev.qmpgen.runtime.client.QmpClientTest.assertDisconnected;
import static dev.qmpgen.runtime.client.QmpClientTest.stop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qmpgen.runtime.EventCodec;
import dev.qmpgen.runtime.EventRegistry;
import dev.qmpgen.runtime.QmpEvent;
import dev.qmpgen.runtime.RawJson;
import dev.qmpgen.runtime.stream.QmpBadLine;
import dev.qmpgen.runtime.stream.QmpLimits;
import dev.qmpgen.runtime.stream.TestCatalog;
import dev.qmpgen.testing.QmpTestServer;
import java.net.SocketTimeoutException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client against a fake QMP server that misbehaves: it must neither hang nor lose good events.
 */
class QmpClientFaultTest {

  @TempDir Path dir;

  @AfterEach
  void noThreadsLeft() throws InterruptedException {
    ClientThreads.assertNoneLeft();
  }

  @Test
  void badLinesAreReportedAndTheGoodEventsAroundThemArrive() throws Exception {
    RecordingListener listener = new RecordingListener();
    QmpClientOptions options = OPTIONS.withLimits(QmpLimits.DEFAULTS.withMaxLineBytes(4096));
    try (QmpTestServer server = QmpTestServer.unix(dir);
        QmpClient client = QmpClient.connect(server.address(), options, listener)) {
      server.sendLine(stop(1)); // line 3
      server.sendLine("this is not json"); // line 4
      server.sendLine(stop(2)); // line 5
      String half = stop(3);
      server.send(half.substring(0, 20)); // line 6, in two writes
      server.send(half.substring(20) + "\r\n");
      server.sendLine("{\"event\": \"X\", \"data\": \"" + "x".repeat(50_000) + "\"}"); // line 7
      server.sendLine(stop(4)); // line 8
      server.sendLine(
          "{\"event\": \"X\", \"data\": " + "[".repeat(1000) + "]".repeat(1000) + "}"); // line 9
      server.sendLine(stop(5)); // line 10
      server.sendLine(
          "{\"event\": \"RESET\", \"data\": {\"guest\": 1, \"reason\": \"r\"}}"); // line 11
      server.sendLine(stop(6)); // line 12

      RecordingListener.await(() -> listener.events.size() == 7, "seven events");
      assertEquals(
          List.of(1L, 2L, 3L, 4L, 5L, -1L, 6L),
          listener.events.stream()
              .map(e -> e.eventName().equals("RESET") ? -1L : e.timestamp().microseconds())
              .toList());
      assertEquals(
          List.of("4 MALFORMED_JSON", "7 LINE_TOO_LONG", "9 TOO_DEEP"),
          listener.badLines.stream().map(b -> b.lineNumber() + " " + b.problem()).toList());
      dev.qmpgen.runtime.FailedEvent failed =
          (dev.qmpgen.runtime.FailedEvent) listener.events.get(5);
      assertEquals(
          "RESET: data.guest: expected a boolean but found VALUE_NUMBER_INT",
          failed.error().getMessage());
      assertTrue(client.isOpen());
      CompletableFuture<RawJson> still = client.execute("query-status");
      server.respond(server.nextCommand("query-status"), "{}");
      still.get(5, TimeUnit.SECONDS);
    }
  }

  @Test
  void aGreetingWithoutCapabilitiesFailsTheConnectClearly() throws Exception {
    String noCapabilities =
        "{\"QMP\": {\"version\": {\"qemu\": {\"micro\": 0, \"minor\": 2, \"major\": 7},"
            + " \"package\": \"\"}}}\r\n";
    try (QmpTestServer server = QmpTestServer.unix(dir, noCapabilities)) {
      QmpProtocolException error =
          assertThrows(
              QmpProtocolException.class, () -> QmpClient.connect(server.address(), OPTIONS));
      assertTrue(
          error
              .getMessage()
              .contains("line 1: INVALID_GREETING: the greeting has no \"capabilities\""),
          error.getMessage());
    }
  }

  @Test
  void aPeerThatSendsNoGreetingTimesOutTheConnect() throws Exception {
    try (QmpTestServer server = QmpTestServer.unix(dir, "")) {
      long start = System.nanoTime();
      assertThrows(
          SocketTimeoutException.class,
          () ->
              QmpClient.connect(
                  server.address(), OPTIONS.withConnectTimeout(Duration.ofMillis(300))));
      assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10));
    }
  }

  @Test
  void aMonitorAlreadyInUseSaysTheGreetingDidNotComeAndAnotherClientMayHoldIt() throws Exception {
    // QEMU serves one client per QMP socket; the kernel queues the next connection, which hears
    // nothing.
    UnixDomainSocketAddress address = UnixDomainSocketAddress.of(dir.resolve("busy.sock"));
    try (ServerSocketChannel busy = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      busy.bind(address);
      SocketTimeoutException error =
          assertThrows(
              SocketTimeoutException.class,
              () -> QmpClient.connect(address, OPTIONS.withConnectTimeout(Duration.ofMillis(300))));
      assertEquals(
          "connected to "
              + address
              + " but the QMP greeting did not come within PT0.3S: another"
              + " client may hold the monitor (QEMU serves one client per QMP socket), or the peer is not a QMP"
              + " monitor",
          error.getMessage());
    }
  }

  @Test
  void eventsBeforeTheGreetingAreDeliveredAndTheConnectSucceeds() throws Exception {
    RecordingListener listener = new RecordingListener();
    try (QmpTestServer server =
            QmpTestServer.unix(dir, stop(1) + "\r\n" + stop(2) + "\n" + QmpTestServer.GREETING);
        QmpClient client = QmpClient.connect(server.address(), OPTIONS, listener)) {
      assertEquals(List.of("oob"), client.greeting().capabilities());
      assertEquals(3, client.greeting().lineNumber());
      RecordingListener.await(() -> listener.events.size() == 2, "the two early events");
      assertEquals(
          List.of(1L, 2L),
          listener.events.stream().map(e -> e.timestamp().microseconds()).toList());
      assertEquals(List.of(), listener.badLines);
    }
  }

  @Test
  void aResponseInPlaceOfTheGreetingFailsTheConnectSayingWhatCame() throws Exception {
    try (QmpTestServer server = QmpTestServer.unix(dir, "{\"return\": {}, \"id\": 1}\r\n")) {
      QmpProtocolException error =
          assertThrows(
              QmpProtocolException.class, () -> QmpClient.connect(server.address(), OPTIONS));
      assertEquals(
          "expected the QMP greeting on line 1 but got a command response", error.getMessage());
    }
  }

  @Test
  void aResponseForAnUnknownIdIsReportedAndTheRealOneStillMatches() throws Exception {
    RecordingListener listener = new RecordingListener();
    try (QmpTestServer server = QmpTestServer.unix(dir);
        QmpClient client = QmpClient.connect(server.address(), OPTIONS, listener)) {
      CompletableFuture<RawJson> status = client.execute("query-status");
      long id = server.nextCommand("query-status");
      server.respond(9999, "{\"stray\": true}");
      server.sendLine("{\"error\": {\"class\": \"GenericError\", \"desc\": \"JSON parse error\"}}");
      server.respond(id, "{\"running\": false}");

      assertEquals("{\"running\":false}", status.get(5, TimeUnit.SECONDS).json());
      RecordingListener.await(() -> listener.unmatched.size() == 2, "two unmatched responses");
      assertEquals(RawJson.parse("9999"), listener.unmatched.get(0).id().orElseThrow());
      assertTrue(listener.unmatched.get(1).id().isEmpty());
    }
  }

  @Test
  void aDisconnectMidLineFailsPendingCommandsAndTellsListenersAfterTheGoodEvents()
      throws Exception {
    RecordingListener listener = new RecordingListener();
    try (QmpTestServer server = QmpTestServer.unix(dir);
        QmpClient client = QmpClient.connect(server.address(), OPTIONS, listener)) {
      CompletableFuture<RawJson> pending =
          client.execute("query-status", java.util.Map.of(), Duration.ofSeconds(30));
      CompletableFuture<QmpEvent> waiting = client.awaitEvent("SHUTDOWN", Duration.ofSeconds(30));
      server.nextCommand("query-status");
      server.sendLine(stop(1));
      server.send("{\"return\": {\"running\": fa");
      server.disconnect();

      Disconnect disconnect = listener.awaitDisconnect();
      assertEquals(Disconnect.Reason.END_OF_STREAM, disconnect.reason());
      assertEquals(4, disconnect.lastLineNumber());
      assertDisconnected(pending, Disconnect.Reason.END_OF_STREAM);
      assertDisconnected(waiting, Disconnect.Reason.END_OF_STREAM);
      assertEquals(1, listener.events.size());
      assertEquals(QmpBadLine.Problem.TRUNCATED, listener.badLines.get(0).problem());
      assertEquals(disconnect, listener.all.get(listener.all.size() - 1));
      assertTrue(!client.isOpen());
    }
  }

  @Test
  void aPeerThatStopsReadingCannotHangACommandWrite() throws Exception {
    try (QmpTestServer server = QmpTestServer.unix(dir).deafAfterHandshake();
        QmpClient client = QmpClient.connect(server.address(), OPTIONS)) {
      String big = "x".repeat(8 << 20); // far more than the socket buffers hold
      long start = System.nanoTime();

      CompletableFuture<RawJson> stuck =
          client.execute("echo", java.util.Map.of("text", big), Duration.ofMillis(300));

      assertTimedOutOnAPeerNotReading(start, stuck, client);
    }
  }

  @Test
  void aCommandQueuedBehindAStuckWriteIsBoundByItsOwnTimeout() throws Exception {
    try (QmpTestServer server = QmpTestServer.unix(dir).deafAfterHandshake();
        QmpClient client = QmpClient.connect(server.address(), OPTIONS)) {
      String big = "x".repeat(8 << 20); // far more than the socket buffers hold
      CompletableFuture<RawJson> first =
          client.execute("echo", java.util.Map.of("text", big), Duration.ofSeconds(60));
      RecordingListener.await(
          QmpClientFaultTest::theWriterThreadIsWritingToASocket,
          "the first command to block in its write");
      long start = System.nanoTime();

      CompletableFuture<RawJson> second =
          client.execute("query-status", java.util.Map.of(), Duration.ofMillis(300));

      assertTimedOutOnAPeerNotReading(start, second, client);
      assertDisconnected(first, Disconnect.Reason.PEER_NOT_READING);
    }
  }

  /**
   * {@code execute} returned well before 10 s (the client's writer thread writes the command; its
   * own 300 ms timeout broke the stuck write, or its wait behind another's), the command failed
   * with that timeout, and the connection ended because the peer stopped reading.
   */
  private static void assertTimedOutOnAPeerNotReading(
      long executeStarted, CompletableFuture<RawJson> command, QmpClient client) throws Exception {
    assertTrue(
        System.nanoTime() - executeStarted < TimeUnit.SECONDS.toNanos(10), "execute returned");
    ExecutionException failure =
        assertThrows(ExecutionException.class, () -> command.get(5, TimeUnit.SECONDS));
    assertTrue(
        failure.getCause() instanceof java.util.concurrent.TimeoutException, failure::toString);
    assertEquals(
        Disconnect.Reason.PEER_NOT_READING,
        client.disconnected().get(5, TimeUnit.SECONDS).reason());
  }

  private static boolean theWriterThreadIsWritingToASocket() {
    return Thread.getAllStackTraces().entrySet().stream()
        .filter(thread -> thread.getKey().getName().startsWith("qmp-writer "))
        .flatMap(thread -> java.util.Arrays.stream(thread.getValue()))
        .anyMatch(
            frame ->
                frame.getClassName().contains("SocketChannelImpl")
                    && frame.getMethodName().equals("write"));
  }

  @Test
  void aReaderKilledByAnErrorStillEndsTheClient() throws Exception {
    EventCodec<TestCatalog.TestStop> fatal =
        TestCatalog.failingCodec(
            "FATAL",
            () -> {
              throw new AssertionError("an Error in a codec");
            });
    RecordingListener listener = new RecordingListener();
    QmpClientOptions options =
        QmpClientOptions.defaults(EventRegistry.of(() -> List.of(fatal)))
            .withConnectTimeout(Duration.ofSeconds(5));
    try (QmpTestServer server = QmpTestServer.unix(dir);
        QmpClient client = QmpClient.connect(server.address(), options, listener)) {
      CompletableFuture<RawJson> pending =
          client.execute("query-status", java.util.Map.of(), Duration.ofSeconds(60));
      server.nextCommand("query-status");

      server.sendLine("{\"event\": \"FATAL\"}");

      assertEquals(Disconnect.Reason.CONNECTION_ERROR, listener.awaitDisconnect().reason());
      assertDisconnected(pending, Disconnect.Reason.CONNECTION_ERROR);
    }
  }

  @Test
  void aConnectToNothingFailsAtOnce() {
    java.io.IOException error =
        assertThrows(
            java.io.IOException.class,
            () ->
                QmpClient.connect(
                    java.net.UnixDomainSocketAddress.of(dir.resolve("absent.sock")), OPTIONS));
    // At once: not by waiting out the 5 s connect timeout.
    assertFalse(error instanceof SocketTimeoutException, error::toString);
  }
}
