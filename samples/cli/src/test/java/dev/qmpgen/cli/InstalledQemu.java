package dev.qmpgen.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The installed {@code qemu-system-x86_64}, paused, without a machine or devices (the schema does
 * not depend on them), its QMP monitor on a Unix socket in a test's directory. Closing it kills it.
 * Without QEMU the calling test is skipped, saying what to install; with {@code CI=true} it fails.
 */
final class InstalledQemu implements AutoCloseable {

  private static final String BINARY = "qemu-system-x86_64";
  private static final String INSTALL =
      "apt-get install -y --no-install-recommends qemu-system-x86";

  private final Process process;
  private final Path socket;

  private InstalledQemu(Process process, Path socket) {
    this.process = process;
    this.socket = socket;
  }

  /**
   * Starts QEMU and waits (up to 10 s) until its monitor accepts a connection: QEMU creates the
   * socket's file at {@code bind}, a moment before it {@code listen}s.
   */
  static InstalledQemu start(Path dir, String name) throws IOException, InterruptedException {
    Path binary = requireBinary();
    Path socket = dir.resolve(name + ".sock");
    Path log = dir.resolve(name + ".log");
    List<String> command =
        List.of(
            binary.toString(),
            "-machine",
            "none",
            "-nodefaults",
            "-display",
            "none",
            "-S",
            "-qmp",
            "unix:" + socket + ",server=on,wait=off");
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    InstalledQemu qemu = new InstalledQemu(process, socket);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!qemu.accepts()) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        qemu.close();
        fail("QEMU did not open its QMP socket: " + command + "\n" + Files.readString(log));
      }
      Thread.sleep(10);
    }
    return qemu;
  }

  private boolean accepts() {
    try {
      SocketChannel.open(UnixDomainSocketAddress.of(socket))
          .close(); // QEMU serves the next client after it
      return true;
    } catch (IOException notYet) {
      return false;
    }
  }

  /** The monitor's address as the CLI takes it. */
  String socket() {
    return socket.toString();
  }

  static boolean onCi() {
    return "true".equals(System.getenv("CI"));
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
    String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
    for (String entry : path.split(File.pathSeparator)) {
      Path candidate = Path.of(entry, BINARY);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    String message = BINARY + " is not on the PATH; to run the real-QEMU tests: " + INSTALL;
    if (onCi()) {
      fail(message);
    }
    Assumptions.abort(message);
    throw new AssertionError(message);
  }
}
