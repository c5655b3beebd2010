package dev.qmpgen.runtime.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qmpgen.events.EventVisitorAdapter;
import dev.qmpgen.events.Events;
import dev.qmpgen.events.Reset;
import dev.qmpgen.events.Resume;
import dev.qmpgen.events.Shutdown;
import dev.qmpgen.events.Stop;
import dev.qmpgen.events.VncConnected;
import dev.qmpgen.events.VncDisconnected;
import dev.qmpgen.events.VncInitialized;
import dev.qmpgen.events.VncServer;
import dev.qmpgen.runtime.QmpEvent;
import dev.qmpgen.runtime.RawJson;
import dev.qmpgen.runtime.Timestamp;
import dev.qmpgen.runtime.UnknownEvent;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client against a real QEMU (Debian's qemu-system-x86): typed events with the field values
 * QEMU really sends. Skipped without QEMU, failed without it when {@code CI=true}.
 */
class RealQemuTest {

  private static final Duration WAIT = Duration.ofSeconds(5);
  private static final QmpClientOptions OPTIONS =
      QmpClientOptions.defaults(Events.registry())
          .withConnectTimeout(WAIT)
          .withCommandTimeout(WAIT);

  @TempDir Path dir;

  @AfterEach
  void noThreadsLeft() throws InterruptedException {
    ClientThreads.assertNoneLeft();
  }

  @Test
  void contAndStopDeliverTypedResumeAndStopToWaitersAndVisitorsInOrder() throws Exception {
    List<String> visited = new CopyOnWriteArrayList<>();
    EventVisitorAdapter<Void> visitor =
        new EventVisitorAdapter<>() {
          @Override
          public Void fallback(QmpEvent event) {
            visited.add(event.eventName());
            return null;
          }
        };
    try (QemuProcess qemu = QemuProcess.start(dir);
        QmpClient client = qemu.connect(OPTIONS, QmpListener.ofEvents(visitor::visit))) {
      assertEquals(7, client.greeting().version().major(), client.greeting()::toString);
      assertTrue(client.greeting().capabilities().contains("oob"), client.greeting()::toString);
      Instant before = Instant.now().minusSeconds(1);

      // QEMU sends RESUME before cont's response: the wait, subscribed first, still sees it.
      Resume resume =
          client.executeAndAwait("cont", Map.of(), Resume.class, WAIT).get(5, TimeUnit.SECONDS);
      Stop stop =
          client.executeAndAwait("stop", Map.of(), Stop.class, WAIT).get(5, TimeUnit.SECONDS);

      assertTrue(resume.timestamp().toInstant().orElseThrow().isAfter(before), resume::toString);
      assertTrue(
          stop.timestamp()
                  .toInstant()
                  .orElseThrow()
                  .compareTo(resume.timestamp().toInstant().orElseThrow())
              >= 0);
      assertEquals(Map.of(), stop.unknownFields());
      RecordingListener.await(() -> visited.size() == 2, "two visited events");
      assertEquals(List.of("RESUME", "STOP"), visited);
      assertEquals(
          "{\"status\":\"paused\",\"singlestep\":false,\"running\":false}",
          client.execute("query-status").get(5, TimeUnit.SECONDS).json());
    }
  }

  @Test
  void systemResetDeliversResetWithTheReasonQemuAdds() throws Exception {
    try (QemuProcess qemu = QemuProcess.start(dir);
        QmpClient client = qemu.connect(OPTIONS)) {
      Reset reset =
          client
              .executeAndAwait("system_reset", Map.of(), Reset.class, WAIT)
              .get(5, TimeUnit.SECONDS);

      // The bundled spec says "Data: None"; QEMU 7.2 sends guest and reason, kept as unknown
      // fields.
      assertEquals(
          Map.of(
              "guest",
              RawJson.parse("false"),
              "reason",
              RawJson.parse("\"host-qmp-system-reset\"")),
          reset.unknownFields());
      assertTrue(reset.timestamp().isAvailable());
    }
  }

  @Test
  void streamsAndSubscriptionsFilterWhatARealQemuSends() throws Exception {
    List<Stop> stops = new CopyOnWriteArrayList<>();
    try (QemuProcess qemu = QemuProcess.start(dir);
        QmpClient client = qemu.connect(OPTIONS);
        EventStream<QmpEvent> runState = client.events(Set.of("RESUME", "STOP"), 16);
        EventStream<Reset> resets = client.events(Reset.class, 4);
        Subscription subscription = client.subscribe(Stop.class, stops::add)) {
      client.execute("cont").get(5, TimeUnit.SECONDS);
      client.execute("system_reset").get(5, TimeUnit.SECONDS);
      client.executeAndAwait("stop", Stop.class, WAIT).get(5, TimeUnit.SECONDS);

      assertInstanceOf(Resume.class, runState.poll(WAIT).orElseThrow());
      Stop stop = assertInstanceOf(Stop.class, runState.poll(WAIT).orElseThrow());
      assertEquals(Optional.empty(), runState.poll(Duration.ofMillis(100)));
      Reset reset = resets.poll(WAIT).orElseThrow();
      assertEquals("host-qmp-system-reset", reset.unknownFields().get("reason").asString());
      assertEquals(false, reset.unknownFields().get("guest").asBoolean());
      RecordingListener.await(() -> stops.size() == 1, "the subscribed STOP");
      assertEquals(stop, stops.get(0));
      assertEquals(Optional.empty(), subscription.overflow());
      assertEquals(
          "paused",
          client
              .execute("query-status")
              .get(5, TimeUnit.SECONDS)
              .member("status")
              .orElseThrow()
              .asString());
    }
  }

  @Test
  void aSecondClientOfTheSameMonitorIsToldAnotherClientMayHoldIt() throws Exception {
    try (QemuProcess qemu = QemuProcess.start(dir);
        QmpClient first = qemu.connect(OPTIONS)) {
      SocketTimeoutException busy =
          assertThrows(
              SocketTimeoutException.class,
              () -> qemu.connect(OPTIONS.withConnectTimeout(Duration.ofMillis(500))));
      assertTrue(
          busy.getMessage()
              .contains(
                  "the QMP greeting did not come within PT0.5S: another client may"
                      + " hold the monitor"),
          busy.getMessage());
      assertTrue(first.isOpen());
    }
  }

  @Test
  void quitDeliversShutdownAndThenTheEndOfTheStream() throws Exception {
    RecordingListener listener = new RecordingListener();
    try (QemuProcess qemu = QemuProcess.start(dir);
        QmpClient client = qemu.connect(OPTIONS, listener)) {
      CompletableFuture<Shutdown> shutdown = client.awaitEvent(Shutdown.class, e -> true, WAIT);
      CompletableFuture<RawJson> quit = client.execute("quit");

      Shutdown event = shutdown.get(5, TimeUnit.SECONDS);
      assertEquals(
          Map.of("guest", RawJson.parse("false"), "reason", RawJson.parse("\"host-qmp-quit\"")),
          event.unknownFields());
      assertEquals("{}", quit.get(5, TimeUnit.SECONDS).json()); // QEMU answers before it exits
      Disconnect end = listener.awaitDisconnect();
      assertTrue(
          end.reason() == Disconnect.Reason.END_OF_STREAM
              || end.reason() == Disconnect.Reason.CONNECTION_ERROR,
          end::toString);
      assertTrue(qemu.process().waitFor(5, TimeUnit.SECONDS));
      assertEquals(0, qemu.process().exitValue());
      // The listener was told of SHUTDOWN, then (last) of the end.
      assertEquals(
          List.of(event, end),
          listener.all.subList(listener.all.size() - 2, listener.all.size()),
          listener.all::toString);
    }
  }

  @Test
  void systemPowerdownDeliversPowerdownAsAnUnknownEventWithoutDataOverTcp() throws Exception {
    int port = QemuProcess.freePort();
    try (QemuProcess qemu =
            QemuProcess.start(dir, "-qmp", "tcp:127.0.0.1:" + port + ",server=on,wait=off");
        QmpClient client =
            qemu.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), OPTIONS)) {
      UnknownEvent powerdown =
          client
              .executeAndAwait("system_powerdown", Map.of(), UnknownEvent.class, WAIT)
              .get(5, TimeUnit.SECONDS);

      // POWERDOWN is not in the bundled spec, and QEMU 7.2 sends it without a data member.
      assertEquals("POWERDOWN", powerdown.eventName());
      assertEquals(Optional.empty(), powerdown.data());
      assertTrue(powerdown.timestamp().isAvailable());
      assertTrue(qemu.process().isAlive(), "without an ACPI-aware guest nothing powers off");
    }
  }

  @Test
  void anRfbSessionDeliversVncConnectedInitializedAndDisconnectedWithRealAddresses()
      throws Exception {
    int port = QemuProcess.freePort();
    String display = "127.0.0.1:" + (port - 5900);
    try (QemuProcess qemu = QemuProcess.start(dir, "-vnc", display);
        QmpClient client = qemu.connect(OPTIONS)) {
      CompletableFuture<VncConnected> connected =
          client.awaitEvent(VncConnected.class, e -> true, WAIT);
      CompletableFuture<VncInitialized> initialized =
          client.awaitEvent(VncInitialized.class, e -> true, WAIT);
      CompletableFuture<VncDisconnected> disconnected =
          client.awaitEvent(VncDisconnected.class, e -> true, WAIT);
      int clientPort;
      try (RfbClient rfb = RfbClient.connect(port)) {
        clientPort = rfb.localPort();
        assertEquals("QEMU", rfb.handshake());
        initialized.get(5, TimeUnit.SECONDS);
      }

      VncConnected hello = connected.get(5, TimeUnit.SECONDS);
      assertServer(hello.server(), port);
      assertEquals("127.0.0.1", hello.client().host());
      assertEquals(String.valueOf(clientPort), hello.client().service());
      assertEquals("ipv4", hello.client().family().wireName());
      assertEquals(Map.of("websocket", RawJson.parse("false")), hello.client().unknownFields());
      VncInitialized init = initialized.get();
      assertServer(init.server(), port);
      assertEquals(String.valueOf(clientPort), init.client().service());
      assertEquals(Optional.empty(), init.client().saslUsername());
      assertEquals(Optional.empty(), init.client().x509Dname());
      VncDisconnected bye = disconnected.get(5, TimeUnit.SECONDS);
      assertEquals(init.client(), bye.client());
      assertTrue(order(hello.timestamp(), init.timestamp(), bye.timestamp()));
    }
  }

  @Test
  void aQemuKilledMidSessionIsReportedAsEndOfStreamPromptly() throws Exception {
    try (QemuProcess qemu = QemuProcess.start(dir);
        QmpClient client = qemu.connect(OPTIONS)) {
      CompletableFuture<QmpEvent> waiting = client.awaitEvent("SHUTDOWN", Duration.ofSeconds(60));
      long start = System.nanoTime();

      qemu.kill();

      Disconnect end = client.disconnected().get(5, TimeUnit.SECONDS);
      assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5));
      assertTrue(
          end.reason() == Disconnect.Reason.END_OF_STREAM
              || end.reason() == Disconnect.Reason.CONNECTION_ERROR,
          end::toString);
      ExecutionException failure =
          assertThrows(ExecutionException.class, () -> waiting.get(5, TimeUnit.SECONDS));
      assertInstanceOf(QmpDisconnectedException.class, failure.getCause());
      assertThrows(
          ExecutionException.class, () -> client.execute("query-status").get(5, TimeUnit.SECONDS));
    }
  }

  private static void assertServer(VncServer server, int port) {
    assertEquals("127.0.0.1", server.host());
    assertEquals(String.valueOf(port), server.service());
    assertEquals(VncServer.Family.IPV4, server.family());
    assertEquals(Optional.of("none"), server.auth());
    assertEquals(Map.of("websocket", RawJson.parse("false")), server.unknownFields());
  }

  private static boolean order(Timestamp... timestamps) {
    for (int i = 1; i < timestamps.length; i++) {
      if (timestamps[i]
          .toInstant()
          .orElseThrow()
          .isBefore(timestamps[i - 1].toInstant().orElseThrow())) {
        return false;
      }
    }
    return true;
  }
}
