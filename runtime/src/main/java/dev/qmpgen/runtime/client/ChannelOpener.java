package dev.qmpgen.runtime.client;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;

/**
 * Opens a blocking socket channel to a Unix socket or TCP address within a timeout. A blocking
 * {@code connect} has no timeout, so the connect runs non-blocking under a selector.
 */
final class ChannelOpener {

  private ChannelOpener() {}

  static SocketChannel open(SocketAddress address, Duration timeout) throws IOException {
    SocketChannel channel =
        address instanceof UnixDomainSocketAddress
            ? SocketChannel.open(StandardProtocolFamily.UNIX)
            : SocketChannel.open();
    try {
      if (address instanceof InetSocketAddress) {
        channel.setOption(
            StandardSocketOptions.TCP_NODELAY, true); // commands are small, answers awaited
      }
      channel.configureBlocking(false);
      if (!channel.connect(address)) {
        awaitConnect(channel, address, timeout);
      }
      channel.configureBlocking(true);
      return channel;
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  private static void awaitConnect(SocketChannel channel, SocketAddress address, Duration timeout)
      throws IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    try (Selector selector = Selector.open()) {
      channel.register(selector, SelectionKey.OP_CONNECT);
      while (!channel.finishConnect()) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new SocketTimeoutException(
              "could not connect to " + address + " within " + timeout);
        }
        selector.select(Math.max(1, left / 1_000_000));
        selector.selectedKeys().clear();
      }
    } // closing the selector deregisters the channel, so it can go back to blocking mode
  }
}
