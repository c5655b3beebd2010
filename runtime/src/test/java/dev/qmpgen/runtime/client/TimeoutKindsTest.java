package dev.qmpgen.runtime.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qmpgen.runtime.stream.TestCatalog;
import dev.qmpgen.testing.QmpTestServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A caller tells a timeout from a refused connection by type, and a timeout says what it waited
 * for.
 */
class TimeoutKindsTest {

  private static final QmpClientOptions OPTIONS =
      QmpClientOptions.defaults(TestCatalog.registry()).withConnectTimeout(Duration.ofMillis(500));

  @TempDir Path dir;

  @AfterEach
  void noThreadsLeft() throws InterruptedException {
    ClientThreads.assertNoneLeft(); // also after a connect that failed half way
  }

  @Test
  void aPeerThatGreetsButNeverNegotiatesIsASocketTimeout() throws Exception {
    UnixDomainSocketAddress address = UnixDomainSocketAddress.of(dir.resolve("mute.sock"));
    try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      server.bind(address);
      Thread peer = new Thread(() -> greetThenIgnore(server), "mute-peer");
      peer.setDaemon(true);
      peer.start();
      IOException error =
          assertThrows(IOException.class, () -> QmpClient.connect(address, OPTIONS));
      assertInstanceOf(SocketTimeoutException.class, error, error::toString);
      assertTrue(error.getMessage().contains("within PT0.5S"), error.getMessage());
    }
  }

  @Test
  void aRefusedConnectionIsNotATimeout() throws Exception {
    int port;
    try (ServerSocketChannel closed = ServerSocketChannel.open()) {
      closed.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      port = ((InetSocketAddress) closed.getLocalAddress()).getPort();
    }
    IOException error =
        assertThrows(
            IOException.class,
            () ->
                QmpClient.connect(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), port), OPTIONS));
    assertFalse(error instanceof SocketTimeoutException, error::toString);
  }

  @Test
  void aWaitForANamedEventThatTimesOutNamesThatEvent() throws Exception {
    try (QmpTestServer server = QmpTestServer.unix(dir);
        QmpClient client = QmpClient.connect(server.address(), OPTIONS)) {
      ExecutionException failure =
          assertThrows(
              ExecutionException.class,
              () ->
                  client
                      .awaitEvent("BLOCK_JOB_COMPLETED", Duration.ofMillis(50))
                      .get(10, TimeUnit.SECONDS));
      assertInstanceOf(TimeoutException.class, failure.getCause());
      assertEquals(
          "no BLOCK_JOB_COMPLETED event arrived within PT0.05S", failure.getCause().getMessage());
    }
  }

  private static void greetThenIgnore(ServerSocketChannel server) {
    try (SocketChannel channel = server.accept()) {
      channel.write(ByteBuffer.wrap(QmpTestServer.GREETING.getBytes(StandardCharsets.UTF_8)));
      InputStream in = Channels.newInputStream(channel);
      while (in.read() >= 0) {
        // reads qmp_capabilities and answers nothing
      }
    } catch (IOException e) {
      // the client closed: done
    }
  }
}
