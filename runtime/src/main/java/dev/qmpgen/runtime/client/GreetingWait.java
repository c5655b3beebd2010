package dev.qmpgen.runtime.client;

import dev.qmpgen.runtime.stream.QmpGreeting;
import java.lang.System.Logger.Level;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Connecting's wait for the greeting. QEMU serves one client per QMP socket: a second client's
 * connect succeeds (the kernel queues it) but no greeting comes until the first leaves, so a
 * missing greeting says so rather than just "timed out".
 */
final class GreetingWait {

  private static final System.Logger LOG = System.getLogger(GreetingWait.class.getName());

  private GreetingWait() {}

  static QmpGreeting await(
      CompletableFuture<QmpGreeting> greeting,
      SocketAddress address,
      QmpClientOptions options,
      long deadline)
      throws SocketTimeoutException, ExecutionException, InterruptedException {
    try {
      QmpGreeting received =
          greeting.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      LOG.log(
          Level.DEBUG,
          "{0}: greeting from QEMU {1}, capabilities {2}",
          address,
          received.version(),
          received.capabilities());
      return received;
    } catch (TimeoutException e) {
      throw new SocketTimeoutException(
          "connected to "
              + address
              + " but the QMP greeting did not come"
              + " within "
              + options.connectTimeout()
              + ": another client may hold the monitor (QEMU serves"
              + " one client per QMP socket), or the peer is not a QMP monitor");
    }
  }
}
