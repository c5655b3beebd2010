package dev.qmpgen.runtime.client;

import static dev.qmpgen.runtime.client.QmpClientTest.OPTIONS;
import static dev.qmpgen.runtime.client.QmpClientTest.stop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qmpgen.runtime.stream.TestCatalog;
import dev.qmpgen.testing.QmpTestServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client logs through {@code System.Logger}, here routed to java.util.logging as the JDK does
 * by default: connecting, negotiation, commands and responses at debug (JUL's FINE), arguments only
 * at trace, bad lines and a full event stream at warning.
 */
class ClientLoggingTest {

  private final Logger clientLogs = Logger.getLogger("dev.qmpgen.runtime.client");
  private final List<String> logged = new CopyOnWriteArrayList<>();
  private final Handler capture =
      new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
          logged.add(record.getLevel() + " " + formatter.formatMessage(record));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private Level previousLevel;

  @TempDir Path dir;

  @BeforeEach
  void capture() {
    previousLevel = clientLogs.getLevel();
    clientLogs.setLevel(Level.FINE); // debug, not trace
    clientLogs.addHandler(capture);
    clientLogs.setUseParentHandlers(false); // keep the expected warnings off the console
  }

  @AfterEach
  void release() throws InterruptedException {
    clientLogs.removeHandler(capture);
    clientLogs.setUseParentHandlers(true);
    clientLogs.setLevel(previousLevel);
    ClientThreads.assertNoneLeft();
  }

  @Test
  void connectNegotiationCommandsAndResponsesAtDebugProblemsAtWarning() throws Exception {
    try (QmpTestServer server = QmpTestServer.unix(dir);
        QmpClient client = QmpClient.connect(server.address(), OPTIONS);
        EventStream<TestCatalog.TestStop> stream = client.events(TestCatalog.TestStop.class, 1)) {
      String name = server.address().toString();
      var status = client.execute("set_password", Map.of("password", "secret"));
      server.respond(server.nextCommand("set_password"), "{}");
      status.get(5, TimeUnit.SECONDS);
      // Waits see only events read after they start: start it before the lines are sent.
      var secondStop =
          client.awaitEvent(
              TestCatalog.TestStop.class,
              e -> e.timestamp().microseconds() == 2,
              Duration.ofSeconds(5));
      server.sendLine("{\"event\": ");
      server.sendLine(stop(1));
      server.sendLine(stop(2));
      secondStop.get(5, TimeUnit.SECONDS);
      // The wait completes as STOP 2 is read, a moment before the stream is offered it.
      // The last line expected; waiting for it rather than for a count lets a line too many show
      // in the comparison below.
      RecordingListener.await(
          () -> logged.stream().anyMatch(line -> line.contains(" is full ")),
          "the full stream's warning");
      assertEquals(1, stream.poll(Duration.ofSeconds(5)).orElseThrow().timestamp().microseconds());

      assertEquals(
          List.of(
              "FINE connecting to " + name,
              "FINE " + name + ": greeting from QEMU 7.2.22, capabilities [oob]",
              "FINE " + name + ": -> qmp_capabilities (id 1)",
              "FINE " + name + ": <- qmp_capabilities (id 1) returned, line 2",
              "FINE " + name + ": capabilities negotiated, enabled []",
              "FINE " + name + ": -> set_password (id 2)",
              "FINE " + name + ": <- set_password (id 2) returned, line 3",
              "WARNING " + name + ": line 4: MALFORMED_JSON: ",
              "WARNING "
                  + name
                  + ": event stream "
                  + TestCatalog.TestStop.class.getName()
                  + " is full (1 events), dropping events from line 6"),
          logged.stream()
              .map(
                  line ->
                      line.startsWith("WARNING " + name + ": line 4: MALFORMED_JSON")
                          ? "WARNING " + name + ": line 4: MALFORMED_JSON: "
                          : line)
              .toList());
      assertTrue(logged.stream().noneMatch(line -> line.contains("secret")), logged::toString);
    }
  }
}
