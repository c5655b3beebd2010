package dev.qmpgen.runtime.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qmpgen.runtime.EventRegistry;
import dev.qmpgen.runtime.RawJson;
import dev.qmpgen.runtime.UnknownEvent;
import dev.qmpgen.runtime.stream.QemuVersion;
import dev.qmpgen.runtime.stream.TestCatalog;
import dev.qmpgen.testing.QmpTestServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client against a well-behaved fake QMP server: commands, events, waits, timeouts, close. */
class QmpClientTest {

  static final QmpClientOptions OPTIONS =
      QmpClientOptions.defaults(TestCatalog.registry())
          .withConnectTimeout(Duration.ofSeconds(5))
          .withCommandTimeout(Duration.ofSeconds(5));

  @TempDir Path dir;

  @AfterEach
  void noThreadsLeft() throws InterruptedException {
    ClientThreads.assertNoneLeft();
  }

  static String stop(int micros) {
    return "{\"timestamp\": {\"seconds\": 1700000000, \"microseconds\": "
        + micros
        + "}, \"event\": \"STOP\"}";
  }

  @Test
  void connectReadsTheGreetingAndNegotiatesCapabilities() throws Exception {
    try (QmpTestServer server = QmpTestServer.unix(dir);
        QmpClient client = QmpClient.connect(server.address(), OPTIONS)) {
      assertEquals(new QemuVersion(7, 2, 22, "qmpgen-testing"), client.greeting().version());
      assertEquals(List.of("oob"), client.greeting().capabilities());
      assertTrue(client.isOpen());
    }
  }

  @Test
  void anEventBeforeTheNegotiationResponseReachesTheListenersGivenToConnect() throws Exception {
    RecordingListener listener = new RecordingListener();
    // The fake server answers qmp_capabilities only once it has read it, so this STOP comes first.
    try (QmpTestServer server = QmpTestServer.unix(dir, QmpTestServer.GREETING + stop(7) + "\r\n");
        QmpClient client = QmpClient.connect(server.address(), OPTIONS, listener)) {
      RecordingListener.await(() -> listener.events.size() == 1, "the early event");
      assertEquals(7, listener.events.get(0).timestamp().microseconds());
      assertEquals(List.of(), listener.badLines);
      assertEquals(List.of(), listener.unmatched);
      assertEquals(List.of("oob"), client.greeting().capabilities());
    }
  }

  @Test
  void connectsOverTcpToo() throws Exception {
    try (QmpTestServer server = QmpTestServer.tcp();
        QmpClient client = QmpClient.connect(server.address(), OPTIONS)) {
      CompletableFuture<RawJson> status = client.execute("query-status");
      assertEquals(
          "{\"status\":\"prelaunch\",\"running\":false}",
          answer(server, status, "{\"status\": \"prelaunch\", \"running\": false}"));
    }
  }

  @Test
  void responsesAreMatchedByIdWhateverTheirOrder() throws Exception {
    try (QmpTestServer server = QmpTestServer.unix(dir);
        QmpClient client = QmpClient.connect(server.address(), OPTIONS)) {
      CompletableFuture<RawJson> first = client.execute("query-name");
      CompletableFuture<RawJson> second = client.execute("device_del", Map.of("id", "nope"));
      long firstId = server.nextCommand("query-name");
      String secondLine = server.nextLine();
      assertTrue(secondLine.contains("\"arguments\":{\"id\":\"nope\"}"), secondLine);
      long secondId = Long.parseLong(secondLine.replaceAll(".*\"id\":(\\d+)}$", "$1"));

      server.sendLine(
          "{\"id\": "
              + secondId
              + ", \"error\": {\"class\": \"DeviceNotFound\","
              + " \"desc\": \"Device 'nope' not found\"}}");
      server.respond(firstId, "{\"name\": \"vm1\"}");

      assertEquals("{\"name\":\"vm1\"}", first.get(5, TimeUnit.SECONDS).json());
      QmpErrorException error = assertInstanceOf(QmpErrorException.class, failureOf(second));
      assertEquals("DeviceNotFound", error.errorClass());
      assertEquals("Device 'nope' not found", error.description());
      assertEquals("device_del", error.command());
      assertTrue(firstId != secondId);
    }
  }

  @Test
  void anEventSentBeforeTheResponseIsStillAwaitedAndListenersSeeItInOrder() throws Exception {
    RecordingListener listener = new RecordingListener();
    try (QmpTestServer server = QmpTestServer.unix(dir);
        QmpClient client = QmpClient.connect(server.address(), OPTIONS, listener)) {
      CompletableFuture<TestCatalog.TestStop> stopped =
          client.executeAndAwait(
              "stop", Map.of(), TestCatalog.TestStop.class, Duration.ofSeconds(5));
      long id = server.nextCommand("stop");
      server.sendLine(
          "{\"timestamp\": {\"seconds\": 1, \"microseconds\": 1}, \"event\": \"POWERDOWN\"}");
      server.sendLine(stop(2)); // the event first, as QEMU does for stop and cont
      server.respond(id, "{}");

      assertEquals(2, stopped.get(5, TimeUnit.SECONDS).timestamp().microseconds());
      RecordingListener.await(() -> listener.events.size() == 2, "two events");
      assertEquals("POWERDOWN", listener.events.get(0).eventName());
      assertInstanceOf(UnknownEvent.class, listener.events.get(0));
      assertInstanceOf(TestCatalog.TestStop.class, listener.events.get(1));
      assertTrue(
          listener.threads.stream().allMatch(name -> name.startsWith("qmp-dispatcher")),
          listener.threads::toString);
    }
  }

  @Test
  void commandsWithoutArgumentsSendNoArgumentsMember() throws Exception {
    try (QmpTestServer server = QmpTestServer.unix(dir);
        QmpClient client = QmpClient.connect(server.address(), OPTIONS)) {
      CompletableFuture<TestCatalog.TestStop> stopped =
          client.executeAndAwait("stop", TestCatalog.TestStop.class, Duration.ofSeconds(5));
      String line = server.nextLine();
      assertEquals("{\"execute\":\"stop\",\"id\":2}", line);
      server.sendLine(stop(4));
      server.respond(2, "{}");
      assertEquals(4, stopped.get(5, TimeUnit.SECONDS).timestamp().microseconds());

      CompletableFuture<RawJson> status = client.execute("query-status", Duration.ofSeconds(5));
      assertEquals("{\"execute\":\"query-status\",\"id\":3}", server.nextLine());
      server.respond(3, "{\"running\": true}");
      assertTrue(status.get(5, TimeUnit.SECONDS).member("running").orElseThrow().asBoolean());
    }
  }

  @Test
  void executeAndAwaitWaitsForTheEventItsPredicateAccepts() throws Exception {
    try (QmpTestServer server = QmpTestServer.unix(dir);
        QmpClient client = QmpClient.connect(server.address(), OPTIONS)) {
      CompletableFuture<TestCatalog.TestStop> third =
          client.executeAndAwait(
              "stop",
              Map.of(),
              TestCatalog.TestStop.class,
              e -> e.timestamp().microseconds() == 3,
              Duration.ofSeconds(5));
      long id = server.nextCommand("stop");
      server.sendLine(stop(1));
      server.respond(id, "{}");
      server.sendLine(stop(2));
      server.sendLine(stop(3));

      assertEquals(3, third.get(5, TimeUnit.SECONDS).timestamp().microseconds());
    }
  }

  @Test
  void commandsFromManyThreadsGetUniqueIdsAndTheirOwnResponses() throws Exception {
    int threads = 8;
    int perThread = 25;
    try (QmpTestServer server = QmpTestServer.unix(dir);
        QmpClient client = QmpClient.connect(server.address(), OPTIONS)) {
      java.util.concurrent.ExecutorService pool =
          java.util.concurrent.Executors.newFixedThreadPool(threads);
      try {
        List<java.util.concurrent.Future<List<CompletableFuture<RawJson>>>> sent =
            new java.util.ArrayList<>();
        for (int t = 0; t < threads; t++) {
          int thread = t;
          sent.add(
              pool.submit(
                  () -> {
                    List<CompletableFuture<RawJson>> mine = new java.util.ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                      mine.add(client.execute("echo", Map.of("tag", thread + "-" + i)));
                    }
                    return mine;
                  }));
        }
        // Answer in reverse order of arrival, echoing each command's tag.
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < threads * perThread; i++) {
          lines.add(server.nextLine());
        }
        java.util.Set<Long> ids = new java.util.HashSet<>();
        for (int i = lines.size() - 1; i >= 0; i--) {
          String line = lines.get(i);
          long id = Long.parseLong(line.replaceAll(".*\"id\":(\\d+)}$", "$1"));
          assertTrue(ids.add(id), "id " + id + " used twice");
          String tag = line.replaceAll(".*\"tag\":\"([^\"]+)\".*", "$1");
          server.respond(id, "\"" + tag + "\"");
        }
        for (int t = 0; t < threads; t++) {
          List<CompletableFuture<RawJson>> mine = sent.get(t).get(5, TimeUnit.SECONDS);
          for (int i = 0; i < perThread; i++) {
            assertEquals("\"" + t + "-" + i + "\"", mine.get(i).get(5, TimeUnit.SECONDS).json());
          }
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void anAwaitedEventFailsWithTheCommandsError() throws Exception {
    try (QmpTestServer server = QmpTestServer.unix(dir);
        QmpClient client = QmpClient.connect(server.address(), OPTIONS)) {
      CompletableFuture<TestCatalog.TestStop> stopped =
          client.executeAndAwait(
              "stop", Map.of(), TestCatalog.TestStop.class, Duration.ofSeconds(5));
      server.sendLine(
          "{\"id\": "
              + server.nextCommand("stop")
              + ", \"error\": {\"class\": \"GenericError\", \"desc\": \"no\"}}");

      assertEquals(
          "GenericError",
          assertInstanceOf(QmpErrorException.class, failureOf(stopped)).errorClass());
    }
  }

  @Test
  void aSlowListenerDelaysNeitherResponsesNorWaitsAndItsOverflowIsReported() throws Exception {
    StuckListener slow = new StuckListener();
    RecordingListener listener = new RecordingListener();
    QmpClientOptions smallBuffer = OPTIONS.withEventBuffer(4, 32L << 20);
    try (QmpTestServer server = QmpTestServer.unix(dir);
        QmpClient client = QmpClient.connect(server.address(), smallBuffer, slow, listener)) {
      CompletableFuture<TestCatalog.TestStop> last =
          client.awaitEvent(
              TestCatalog.TestStop.class,
              e -> e.timestamp().microseconds() == 20,
              Duration.ofSeconds(5));
      StringBuilder burst = new StringBuilder();
      for (int i = 1; i <= 20; i++) {
        burst.append(stop(i)).append("\r\n");
      }
      server.send(burst.toString());
      CompletableFuture<RawJson> response = client.execute("query-status");
      server.respond(server.nextCommand("query-status"), "{\"running\": false}");

      response.get(10, TimeUnit.SECONDS); // while the listener is still stuck on the first event
      last.get(10, TimeUnit.SECONDS);
      slow.release();
      RecordingListener.await(() -> !listener.overflows.isEmpty(), "an overflow report");
      RecordingListener.await(
          () -> listener.events.size() + dropped(listener) == 20, "all 20 accounted for");
      // Lines 1-2 are the handshake, so event i is on line i + 2. Each overflow report stands
      // exactly where its events were dropped, between the delivered ones.
      long expectedMicros = 1;
      for (Object notification : listener.all) {
        if (notification instanceof EventOverflow overflow) {
          assertEquals(expectedMicros + 2, overflow.firstLineNumber(), listener.all::toString);
          expectedMicros += overflow.droppedEvents();
          assertEquals(expectedMicros + 1, overflow.lastLineNumber(), listener.all::toString);
        } else {
          assertEquals(
              expectedMicros++, ((TestCatalog.TestStop) notification).timestamp().microseconds());
        }
      }
      assertTrue(listener.events.size() <= 5, "the buffer (4) plus the event being delivered");
    }
  }

  private static long dropped(RecordingListener listener) {
    return listener.overflows.stream().mapToLong(EventOverflow::droppedEvents).sum();
  }

  @Test
  void aCommandWithoutResponseTimesOutAndItsLateResponseIsReportedAsUnmatched() throws Exception {
    RecordingListener listener = new RecordingListener();
    try (QmpTestServer server = QmpTestServer.unix(dir);
        QmpClient client = QmpClient.connect(server.address(), OPTIONS, listener)) {
      CompletableFuture<RawJson> slow =
          client.execute("query-status", Map.of(), Duration.ofMillis(200));
      long id = server.nextCommand("query-status");

      assertInstanceOf(TimeoutException.class, failureOf(slow));
      server.respond(id, "{}");
      RecordingListener.await(() -> listener.unmatched.size() == 1, "the late response");
      assertTrue(client.isOpen());
    }
  }

  @Test
  void aWaitWhosePredicateThrowsFailsAloneAndTheConnectionGoesOn() throws Exception {
    try (QmpTestServer server = QmpTestServer.unix(dir);
        QmpClient client = QmpClient.connect(server.address(), OPTIONS)) {
      CompletableFuture<TestCatalog.TestStop> broken =
          client.awaitEvent(
              TestCatalog.TestStop.class,
              e -> {
                throw new IllegalStateException("broken predicate");
              },
              Duration.ofSeconds(5));
      CompletableFuture<TestCatalog.TestStop> after =
          client.awaitEvent(TestCatalog.TestStop.class, e -> true, Duration.ofSeconds(5));
      CompletableFuture<TestCatalog.TestStop> last =
          client.awaitEvent(TestCatalog.TestStop.class, e -> true, Duration.ofSeconds(5));

      server.sendLine(stop(1));

      assertEquals("broken predicate", failureOf(broken).getMessage());
      assertEquals(1, after.get(5, TimeUnit.SECONDS).timestamp().microseconds());
      assertEquals(1, last.get(5, TimeUnit.SECONDS).timestamp().microseconds());
      assertTrue(client.isOpen());
      assertEquals("{}", answer(server, client.execute("query-status"), "{}"));
    }
  }

  @Test
  void badTimeoutsAreRefusedBeforeAnythingIsSentAndLongOnesAreAccepted() throws Exception {
    try (QmpTestServer server = QmpTestServer.unix(dir);
        QmpClient client = QmpClient.connect(server.address(), OPTIONS)) {
      assertThrows(
          IllegalArgumentException.class, () -> client.execute("stop", Map.of(), Duration.ZERO));
      assertThrows(NullPointerException.class, () -> client.execute("stop", Map.of(), null));
      assertThrows(
          IllegalArgumentException.class, () -> client.awaitEvent("STOP", Duration.ofSeconds(-1)));

      CompletableFuture<RawJson> forever =
          client.execute("query-status", Map.of(), Duration.ofDays(365L * 1000));
      assertEquals("{}", answer(server, forever, "{}"));
    }
  }

  @Test
  void anEventWaitTimesOut() throws Exception {
    try (QmpTestServer server = QmpTestServer.unix(dir);
        QmpClient client = QmpClient.connect(server.address(), OPTIONS)) {
      CompletableFuture<?> never = client.awaitEvent("SHUTDOWN", Duration.ofMillis(100));
      assertInstanceOf(TimeoutException.class, failureOf(never));
    }
  }

  @Test
  void closeIsIdempotentFailsPendingCommandsAndLeavesNoThread() throws Exception {
    RecordingListener listener = new RecordingListener();
    try (QmpTestServer server = QmpTestServer.unix(dir)) {
      QmpClient client = QmpClient.connect(server.address(), OPTIONS, listener);
      assertEquals(4, ClientThreads.alive().size(), ClientThreads.alive()::toString);
      CompletableFuture<RawJson> pending = client.execute("query-status");
      CompletableFuture<?> waiting = client.awaitEvent("STOP", Duration.ofSeconds(30));

      client.close();
      client.close();

      assertDisconnected(pending, Disconnect.Reason.CLOSED);
      assertDisconnected(waiting, Disconnect.Reason.CLOSED);
      assertEquals(Disconnect.Reason.CLOSED, listener.awaitDisconnect().reason());
      assertDisconnected(client.execute("query-status"), Disconnect.Reason.CLOSED);
      assertDisconnected(
          client.awaitEvent("STOP", Duration.ofSeconds(30)), Disconnect.Reason.CLOSED);
      assertEquals(List.of(), ClientThreads.alive());
    }
  }

  @Test
  void aListenerMayCloseTheClient() throws Exception {
    try (QmpTestServer server = QmpTestServer.unix(dir)) {
      CompletableFuture<QmpClient> self = new CompletableFuture<>();
      QmpClient client =
          QmpClient.connect(
              server.address(), OPTIONS, QmpListener.ofEvents(event -> self.join().close()));
      self.complete(client);
      server.sendLine(stop(1));
      assertEquals(
          Disconnect.Reason.CLOSED, client.disconnected().get(5, TimeUnit.SECONDS).reason());
    }
  }

  @Test
  void noListenerIsToldOfAnEventAfterTheClientWasClosed() throws Exception {
    RecordingListener later = new RecordingListener();
    try (QmpTestServer server = QmpTestServer.unix(dir)) {
      CompletableFuture<QmpClient> self = new CompletableFuture<>();
      QmpClient client =
          QmpClient.connect(
              server.address(), OPTIONS, QmpListener.ofEvents(event -> self.join().close()), later);
      self.complete(client);

      server.sendLine(stop(1));

      assertEquals(Disconnect.Reason.CLOSED, later.awaitDisconnect().reason());
      assertEquals(List.of(later.disconnect.get()), later.all);
    }
  }

  @Test
  void everythingBecomesAnUnknownEventWithAnEmptyRegistry() throws Exception {
    RecordingListener listener = new RecordingListener();
    try (QmpTestServer server = QmpTestServer.unix(dir);
        QmpClient client =
            QmpClient.connect(
                server.address(), QmpClientOptions.defaults(EventRegistry.of()), listener)) {
      server.sendLine(stop(5));
      RecordingListener.await(() -> listener.events.size() == 1, "an event");
      assertTrue(client.isOpen());
      assertInstanceOf(UnknownEvent.class, listener.events.get(0));
    }
  }

  static void assertDisconnected(CompletableFuture<?> future, Disconnect.Reason reason) {
    QmpDisconnectedException disconnected =
        assertInstanceOf(QmpDisconnectedException.class, failureOf(future));
    assertEquals(reason, disconnected.disconnect().reason());
  }

  /** Why {@code future} failed; the test fails unless it fails within 5 s. */
  private static Throwable failureOf(CompletableFuture<?> future) {
    return assertThrows(ExecutionException.class, () -> future.get(5, TimeUnit.SECONDS)).getCause();
  }

  /**
   * Answers the {@code query-status} the client has just sent with {@code result}; the result as
   * the client's {@code status} then holds it.
   */
  private static String answer(
      QmpTestServer server, CompletableFuture<RawJson> status, String result) throws Exception {
    server.respond(server.nextCommand("query-status"), result);
    return status.get(5, TimeUnit.SECONDS).json();
  }
}
