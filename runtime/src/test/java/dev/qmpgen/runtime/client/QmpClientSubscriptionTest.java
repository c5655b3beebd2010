package dev.qmpgen.runtime.client;

import static dev.qmpgen.runtime.client.QmpClientTest.OPTIONS;
import static dev.qmpgen.runtime.client.QmpClientTest.stop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qmpgen.runtime.EventRegistry;
import dev.qmpgen.runtime.QmpEvent;
import dev.qmpgen.runtime.Timestamp;
import dev.qmpgen.runtime.UnknownEvent;
import dev.qmpgen.runtime.stream.TestCatalog;
import dev.qmpgen.testing.QmpTestServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Filtered push subscriptions, pull-style event streams, and the refusal of undecodable classes.
 */
class QmpClientSubscriptionTest {

  /** A class named like the registry's STOP event but of no catalog: the wrong import. */
  record TestStop(Timestamp timestamp) implements QmpEvent {
    @Override
    public String eventName() {
      return "STOP";
    }
  }

  private static final String RESET =
      "{\"timestamp\": {\"seconds\": 1, \"microseconds\": 0}, \"event\": \"RESET\", \"data\": {\"guest\": true, \"reason\": \"guest-reset\"}}";
  private static final String POWERDOWN =
      "{\"timestamp\": {\"seconds\": 1, \"microseconds\": 0}, \"event\": \"POWERDOWN\"}";

  @TempDir Path dir;

  @AfterEach
  void noThreadsLeft() throws InterruptedException {
    ClientThreads.assertNoneLeft();
  }

  @Test
  void waitingOrSubscribingForAClassTheRegistryNeverProducesFailsAtOnceAndSendsNothing()
      throws Exception {
    try (QmpTestServer server = QmpTestServer.unix(dir);
        QmpClient client = QmpClient.connect(server.address(), OPTIONS)) {
      String expected =
          "no event of class "
              + TestStop.class.getName()
              + " can arrive: the client's registry of "
              + TestCatalog.class.getName()
              + " decodes no event to it; its STOP events are "
              + TestCatalog.TestStop.class.getName()
              + " (is the wrong TestStop imported?)";
      List<Executable> attempts =
          List.of(
              () -> client.executeAndAwait("stop", TestStop.class, Duration.ofSeconds(5)),
              () -> client.awaitEvent(TestStop.class, e -> true, Duration.ofSeconds(5)),
              () -> client.subscribe(TestStop.class, stop -> {}),
              () -> client.events(TestStop.class, 8));
      for (Executable attempt : attempts) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, attempt).getMessage());
      }
      // "stop" was never sent: the next command the server sees is this one.
      client.execute("query-status");
      server.nextCommand("query-status");
      // What every registry produces is accepted.
      client.awaitEvent(UnknownEvent.class, e -> true, Duration.ofSeconds(5)).cancel(false);
      client.events(QmpEvent.class, 1).close();
    }
  }

  @Test
  void anEmptyRegistrySaysEveryEventArrivesUnknown() throws Exception {
    try (QmpTestServer server = QmpTestServer.unix(dir);
        QmpClient client =
            QmpClient.connect(server.address(), QmpClientOptions.defaults(EventRegistry.of()))) {
      IllegalArgumentException refused =
          assertThrows(
              IllegalArgumentException.class,
              () -> client.subscribe(TestCatalog.TestStop.class, stop -> {}));
      assertTrue(
          refused.getMessage().contains("has no catalogs (every event arrives as an UnknownEvent)"),
          refused.getMessage());
    }
  }

  @Test
  void eventStreamsFilterByTypeOrNameAndArePolledAtTheirOwnPace() throws Exception {
    try (QmpTestServer server = QmpTestServer.unix(dir);
        QmpClient client = QmpClient.connect(server.address(), OPTIONS);
        EventStream<TestCatalog.TestStop> stops = client.events(TestCatalog.TestStop.class, 8);
        EventStream<QmpEvent> named = client.events(Set.of("RESET", "POWERDOWN"), 8)) {
      assertEquals(Optional.empty(), stops.poll(Duration.ofMillis(20)));
      server.sendLine(stop(1));
      server.sendLine(RESET);
      server.sendLine(POWERDOWN);
      server.sendLine(stop(2));

      assertEquals(1, stops.poll(Duration.ofSeconds(5)).orElseThrow().timestamp().microseconds());
      assertEquals(2, stops.poll(Duration.ofSeconds(5)).orElseThrow().timestamp().microseconds());
      TestCatalog.TestReset reset =
          assertInstanceOf(
              TestCatalog.TestReset.class, named.poll(Duration.ofSeconds(5)).orElseThrow());
      assertEquals("guest-reset", reset.reason());
      assertInstanceOf(UnknownEvent.class, named.poll(Duration.ofSeconds(5)).orElseThrow());
      assertEquals(Optional.empty(), named.poll(Duration.ofMillis(50)));
      assertEquals(Optional.empty(), stops.overflow());
    }
  }

  @Test
  void aFullStreamDropsItsNewestEventsAndReportsThemWhileOtherSubscribersGetEverything()
      throws Exception {
    try (QmpTestServer server = QmpTestServer.unix(dir);
        QmpClient client = QmpClient.connect(server.address(), OPTIONS);
        EventStream<TestCatalog.TestStop> small = client.events(TestCatalog.TestStop.class, 2);
        EventStream<TestCatalog.TestStop> large = client.events(TestCatalog.TestStop.class, 16)) {
      for (int i = 1; i <= 5; i++) {
        server.sendLine(stop(i));
      }
      for (int i = 1; i <= 5; i++) {
        assertEquals(i, large.poll(Duration.ofSeconds(5)).orElseThrow().timestamp().microseconds());
      }
      assertEquals(1, small.poll(Duration.ofSeconds(5)).orElseThrow().timestamp().microseconds());
      assertEquals(2, small.poll(Duration.ofSeconds(5)).orElseThrow().timestamp().microseconds());
      assertEquals(Optional.empty(), small.poll(Duration.ofMillis(50)));
      // Lines 1-2 are the handshake: STOP i is on line i + 2.
      assertEquals(Optional.of(new EventOverflow(3, 0, 5, 7)), small.overflow());
      assertEquals(Optional.empty(), large.overflow());
      server.sendLine(stop(6)); // room again: the stream takes events after the gap
      assertEquals(6, small.poll(Duration.ofSeconds(5)).orElseThrow().timestamp().microseconds());
    }
  }

  @Test
  void aStreamGivesWhatItHoldsThenTheDisconnectAndAClosedStreamRefusesPolls() throws Exception {
    try (QmpTestServer server = QmpTestServer.unix(dir);
        QmpClient client = QmpClient.connect(server.address(), OPTIONS)) {
      EventStream<QmpEvent> all = client.events(QmpEvent.class, 8);
      EventStream<QmpEvent> closed = client.events(QmpEvent.class, 8);
      closed.close();
      server.sendLine(stop(1));
      server.disconnect();
      client.disconnected().get(5, java.util.concurrent.TimeUnit.SECONDS);

      assertEquals("STOP", all.poll(Duration.ofSeconds(5)).orElseThrow().eventName());
      QmpDisconnectedException end =
          assertThrows(QmpDisconnectedException.class, () -> all.poll(Duration.ofSeconds(5)));
      assertEquals(Disconnect.Reason.END_OF_STREAM, end.disconnect().reason());
      assertThrows(IllegalStateException.class, () -> closed.poll(Duration.ofSeconds(1)));
      EventStream<QmpEvent> late = client.events(QmpEvent.class, 8);
      assertThrows(QmpDisconnectedException.class, () -> late.poll(Duration.ofSeconds(5)));
    }
  }

  @Test
  void aSubscriptionBehindTheSharedBufferIsToldWhatItMissedWhileAStreamMissesNothing()
      throws Exception {
    StuckListener stuck = new StuckListener();
    List<TestCatalog.TestStop> received = new CopyOnWriteArrayList<>();
    try (QmpTestServer server = QmpTestServer.unix(dir);
        QmpClient client =
            QmpClient.connect(server.address(), OPTIONS.withEventBuffer(4, 32L << 20), stuck);
        Subscription subscription = client.subscribe(TestCatalog.TestStop.class, received::add);
        EventStream<TestCatalog.TestStop> stream = client.events(TestCatalog.TestStop.class, 32)) {
      for (int i = 1; i <= 20; i++) {
        server.sendLine(stop(i));
      }
      for (int i = 1; i <= 20; i++) {
        assertEquals(
            i, stream.poll(Duration.ofSeconds(5)).orElseThrow().timestamp().microseconds());
      }
      stuck.release();
      RecordingListener.await(
          () ->
              subscription.overflow().isPresent()
                  && received.size() + subscription.overflow().get().droppedEvents() == 20,
          "all 20 accounted for");
      // The stream is offered each event a moment before the shared buffer, so the last may still
      // find room once the release lets the dispatcher drain: 14 or 15 are dropped, never fewer.
      assertTrue(
          subscription.overflow().get().droppedEvents() >= 14,
          () -> received + " " + subscription.overflow());
      assertEquals(Optional.empty(), stream.overflow());
    }
  }

  @Test
  void typedAndNamedSubscriptionsGetOnlyTheirEventsOnTheDispatcherUntilClosed() throws Exception {
    RecordingListener everything = new RecordingListener();
    List<Object> stops = new CopyOnWriteArrayList<>();
    List<String> named = new CopyOnWriteArrayList<>();
    List<String> threads = new CopyOnWriteArrayList<>();
    try (QmpTestServer server = QmpTestServer.unix(dir);
        QmpClient client = QmpClient.connect(server.address(), OPTIONS, everything)) {
      Subscription stopSubscription =
          client.subscribe(
              TestCatalog.TestStop.class,
              stop -> {
                stops.add(stop);
                threads.add(Thread.currentThread().getName());
              });
      Subscription namedSubscription =
          client.subscribe(Set.of("POWERDOWN", "RESET"), e -> named.add(e.eventName()));
      server.sendLine(stop(1));
      server.sendLine(POWERDOWN);
      server.sendLine(RESET);
      RecordingListener.await(() -> everything.events.size() == 3, "three events");
      RecordingListener.await(() -> named.size() == 2, "the named events");
      // The dispatcher offers each event to every listener, in the order they came, before the
      // next: once a later subscription has the event sent after STOP 2, every earlier one was
      // offered STOP 2.
      stopSubscription.close();
      server.sendLine(stop(2));
      server.sendLine(POWERDOWN);
      RecordingListener.await(() -> named.size() == 3, "the POWERDOWN after STOP 2");
      namedSubscription.close();
      List<String> later = new CopyOnWriteArrayList<>();
      Subscription last = client.subscribe(Set.of("RESET"), e -> later.add(e.eventName()));
      server.sendLine(RESET);
      RecordingListener.await(() -> later.size() == 1, "the RESET after the close");
      last.close();

      assertEquals(List.of(new TestCatalog.TestStop(new Timestamp(1700000000, 1))), stops);
      assertEquals(List.of("POWERDOWN", "RESET", "POWERDOWN"), named);
      assertTrue(threads.stream().allMatch(t -> t.startsWith("qmp-dispatcher")), threads::toString);
      assertEquals(Optional.empty(), stopSubscription.overflow());
      assertThrows(IllegalArgumentException.class, () -> client.subscribe(Set.of(), e -> {}));
    }
  }
}
