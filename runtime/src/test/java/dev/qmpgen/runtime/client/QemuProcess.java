package dev.qmpgen.runtime.client;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real {@code qemu-system-x86_64}, paused ({@code -S}) with no devices, its QMP monitor on a Unix
 * socket in a test's temporary directory. Closing it kills it. Without QEMU the calling test is
 * skipped, saying what to install; with {@code CI=true} it fails instead.
 */
final class QemuProcess implements AutoCloseable {

  static final String BINARY = "qemu-system-x86_64";
  private static final String INSTALL =
      "apt-get install -y --no-install-recommends qemu-system-x86";

  private final Process process;
  private final UnixDomainSocketAddress qmp;
  private final Path log;

  private QemuProcess(Process process, UnixDomainSocketAddress qmp, Path log) {
    this.process = process;
    this.qmp = qmp;
    this.log = log;
  }

  /** Starts QEMU with {@code extraArgs} added and waits (up to 10 s) for its QMP socket. */
  static QemuProcess start(Path dir, String... extraArgs) throws IOException, InterruptedException {
    Path binary = requireBinary();
    Path socket = dir.resolve("qmp.sock");
    Path log = dir.resolve("qemu.log");
    List<String> command =
        new ArrayList<>(
            List.of(
                binary.toString(),
                "-machine",
                "pc",
                "-nodefaults",
                "-display",
                "none",
                "-S",
                "-qmp",
                "unix:" + socket + ",server=on,wait=off"));
    command.addAll(List.of(extraArgs));
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    QemuProcess qemu = new QemuProcess(process, UnixDomainSocketAddress.of(socket), log);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!Files.exists(socket)) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        qemu.close();
        fail("QEMU did not open its QMP socket: " + command + "\n" + Files.readString(log));
      }
      Thread.sleep(10);
    }
    return qemu;
  }

  /**
   * Connects to the QMP monitor on the Unix socket; see {@link #connect(SocketAddress,
   * QmpClientOptions, QmpListener...)}.
   */
  QmpClient connect(QmpClientOptions options, QmpListener... listeners)
      throws IOException, InterruptedException {
    return connect(qmp, options, listeners);
  }

  /**
   * Connects to a QMP monitor of this QEMU, retrying for up to 10 s while the connection is
   * refused: QEMU creates a Unix socket's file at {@code bind}, a moment before it {@code listen}s,
   * and opens a second monitor (a {@code -qmp tcp:}) after the first.
   */
  QmpClient connect(SocketAddress address, QmpClientOptions options, QmpListener... listeners)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (true) {
      try {
        return QmpClient.connect(address, options, listeners);
      } catch (ConnectException refused) {
        if (!process.isAlive() || System.nanoTime() > deadline) {
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
    return process;
  }

  String output() throws IOException {
    return Files.readString(log);
  }

  /** SIGKILL, as an OOM killer or a crash would end it. */
  void kill() {
    process.destroyForcibly();
  }

  @Override
  public void close() {
    process.destroyForcibly();
    try {
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Path requireBinary() {
    Optional<Path> found = findOnPath();
    if (found.isEmpty()) {
      String message = BINARY + " is not on the PATH; to run the real-QEMU tests: " + INSTALL;
      if ("true".equals(System.getenv("CI"))) {
        fail(message);
      }
      Assumptions.abort(message);
    }
    return found.get();
  }

  private static Optional<Path> findOnPath() {
    String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
    for (String entry : path.split(File.pathSeparator)) {
      Path candidate = Path.of(entry, BINARY);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
