package dev.qmpgen.runtime.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qmpgen.runtime.RawJson;
import dev.qmpgen.testing.QmpTestServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever thread calls {@code execute}, the command is written by the client's writer thread: a
 * socket channel closes itself when a thread writing to it is interrupted, and a write to a peer
 * that stopped reading blocks.
 */
class CommandCallerTest {

  @TempDir Path dir;

  @AfterEach
  void noThreadsLeft() throws InterruptedException {
    ClientThreads.assertNoneLeft();
  }

  @Test
  void aCommandFromAnInterruptedThreadIsSentAndTheConnectionStaysUp() throws Exception {
    try (QmpTestServer server = QmpTestServer.unix(dir);
        QmpClient client = QmpClient.connect(server.address(), QmpClientTest.OPTIONS)) {
      server.on("stop").returns("{}");
      CompletableFuture<RawJson> stopped;
      boolean stillInterrupted;
      Thread.currentThread().interrupt();
      try {
        stopped = client.execute("stop");
      } finally {
        stillInterrupted = Thread.interrupted();
      }
      assertTrue(stillInterrupted, "execute leaves the caller's interrupt to the caller");
      assertEquals(RawJson.parse("{}"), stopped.get(5, TimeUnit.SECONDS));
      assertEquals("stop", server.takeCommand().execute());
      assertTrue(client.isOpen());
    }
  }

  @Test
  void aCommandChainedOnAFutureStillTimesOutWhenThePeerStopsReading() throws Exception {
    try (QmpTestServer server = QmpTestServer.unix(dir).deafAfterHandshake();
        QmpClient client = QmpClient.connect(server.address(), QmpClientTest.OPTIONS)) {
      String big = "x".repeat(8 << 20); // far more than the socket buffers hold
      // Chained code runs on the completion thread, which also fires the command's timeout.
      CompletableFuture<RawJson> chained =
          client
              .awaitEvent("STOP", Duration.ofSeconds(5))
              .thenCompose(
                  stop -> client.execute("echo", Map.of("text", big), Duration.ofMillis(300)));
      server.sendEvent("STOP", "{}");

      ExecutionException failure =
          assertThrows(ExecutionException.class, () -> chained.get(5, TimeUnit.SECONDS));
      assertInstanceOf(TimeoutException.class, failure.getCause());
      assertEquals(
          Disconnect.Reason.PEER_NOT_READING,
          client.disconnected().get(5, TimeUnit.SECONDS).reason());
    }
  }
}
