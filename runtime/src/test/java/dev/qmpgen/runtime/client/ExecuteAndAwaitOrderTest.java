package dev.qmpgen.runtime.client;

import static dev.qmpgen.runtime.client.QmpClientTest.OPTIONS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.qmpgen.runtime.stream.TestCatalog;
import dev.qmpgen.testing.QmpTestServer;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code executeAndAwait} subscribes before it sends. The peer here answers the moment a command
 * starts to arrive: it sends the event after reading the command's first bytes, while the client is
 * still writing the rest (the command is larger than the socket buffers), and reads on only once
 * the client has read the event. A client that sent first and subscribed after would miss it, every
 * time, not by chance of scheduling.
 */
class ExecuteAndAwaitOrderTest {

  private static final Pattern ID = Pattern.compile("\"id\":(\\d+)}\\s*$");

  @TempDir Path dir;

  @AfterEach
  void noThreadsLeft() throws InterruptedException {
    ClientThreads.assertNoneLeft();
  }

  @Test
  void anEventSentTheMomentTheCommandStartsToArriveIsTheOneAwaited() throws Exception {
    UnixDomainSocketAddress address = UnixDomainSocketAddress.of(dir.resolve("eager.sock"));
    RecordingListener listener = new RecordingListener();
    try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      server.bind(address);
      CompletableFuture<Void> peer =
          CompletableFuture.runAsync(() -> serveEagerly(server, listener));
      try (QmpClient client = QmpClient.connect(address, OPTIONS, listener)) {
        String padding = "x".repeat(8 << 20);
        TestCatalog.TestStop stop =
            client
                .executeAndAwait(
                    "stop",
                    Map.of("padding", padding),
                    TestCatalog.TestStop.class,
                    Duration.ofSeconds(5))
                .get(10, TimeUnit.SECONDS);
        assertEquals(42, stop.timestamp().microseconds());
      }
      peer.get(10, TimeUnit.SECONDS);
    }
  }

  private static void serveEagerly(ServerSocketChannel server, RecordingListener listener) {
    try (SocketChannel channel = server.accept()) {
      write(channel, QmpTestServer.GREETING);
      StringBuilder received = new StringBuilder();
      readUntil(channel, received, "\n");
      write(channel, "{\"return\": {}, \"id\": " + idOf(received) + "}\r\n");
      received.setLength(0);
      readUntil(channel, received, "\"execute\":\"stop\"");
      write(
          channel,
          "{\"timestamp\": {\"seconds\": 1, \"microseconds\": 42}, \"event\": \"STOP\"}\r\n");
      RecordingListener.await(() -> !listener.events.isEmpty(), "the client to read the event");
      readUntil(channel, received, "\n");
      write(channel, "{\"return\": {}, \"id\": " + idOf(received) + "}\r\n");
      readUntil(channel, received, "\u0000"); // until the client closes
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads until {@code marker} has been received or the client closed the connection. */
  private static void readUntil(SocketChannel channel, StringBuilder received, String marker)
      throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
    while (received.indexOf(marker) < 0) {
      buffer.clear();
      if (channel.read(buffer) < 0) {
        return;
      }
      received.append(new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8));
    }
  }

  private static long idOf(CharSequence line) {
    Matcher matcher = ID.matcher(line);
    if (!matcher.find()) {
      throw new AssertionError("no id at the end of the command");
    }
    return Long.parseLong(matcher.group(1));
  }

  private static void write(SocketChannel channel, String text) throws IOException {
    ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    while (bytes.hasRemaining()) {
      channel.write(bytes);
    }
  }
}
