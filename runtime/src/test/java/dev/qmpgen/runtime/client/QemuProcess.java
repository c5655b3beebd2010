package dev.qmpgen.runtime.client;

import dev.qmpgen.testing.PausedQemu;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code qemu-system-x86_64}, paused ({@code -S}) with no devices, its QMP monitor on a Unix
 * socket in a test's temporary directory: qmpgen-testing's {@link PausedQemu} on a PC, with the
 * client connections and processes these tests need. Closing it kills it. Without QEMU the calling
 * test is skipped, saying what to install; with {@code CI=true} it fails instead.
 */
final class QemuProcess implements AutoCloseable {

  private final PausedQemu qemu;

  private QemuProcess(PausedQemu qemu) {
    this.qemu = qemu;
  }

  /** Starts QEMU with {@code extraArgs} added and waits (up to 10 s) for its QMP socket. */
  static QemuProcess start(Path dir, String... extraArgs) throws IOException, InterruptedException {
    List<String> arguments = new ArrayList<>(List.of("-machine", "pc"));
    arguments.addAll(List.of(extraArgs));
    return new QemuProcess(PausedQemu.start(dir, "qmp", arguments));
  }

  /**
   * Connects to the QMP monitor on the Unix socket; see {@link #connect(SocketAddress,
   * QmpClientOptions, QmpListener...)}.
   */
  QmpClient connect(QmpClientOptions options, QmpListener... listeners)
      throws IOException, InterruptedException {
    return connect(qemu.qmpAddress(), options, listeners);
  }

  /**
   * Connects to a QMP monitor of this QEMU, retrying for up to 10 s while the connection is
   * refused: QEMU opens a second monitor (a {@code -qmp tcp:}) after the first.
   */
  QmpClient connect(SocketAddress address, QmpClientOptions options, QmpListener... listeners)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (true) {
      try {
        return QmpClient.connect(address, options, listeners);
      } catch (ConnectException refused) {
        if (!qemu.process().isAlive() || System.nanoTime() > deadline) {
          throw refused;
        }
        Thread.sleep(10);
      }
    }
  }

  /** A TCP port free right now on the loopback interface, for {@code -vnc} or {@code -qmp tcp:}. */
  static int freePort() throws IOException {
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return probe.getLocalPort();
    }
  }

  Process process() {
    return qemu.process();
  }

  String output() throws IOException {
    return qemu.output();
  }

  /** SIGKILL, as an OOM killer or a crash would end it. */
  void kill() {
    qemu.process().destroyForcibly();
  }

  @Override
  public void close() {
    qemu.close();
  }
}
