package dev.qmpgen.testing;

import java.io.File;
import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The installed {@code qemu-system-x86_64}, started paused ({@code -S}) for a JUnit 5 test, with no
 * default devices and no display, its QMP monitor on a Unix socket in the test's directory. For the
 * tests that need a real QEMU where {@link QmpTestServer} is not enough. Closing it kills it.
 *
 * <pre>{@code
 * try (PausedQemu qemu = PausedQemu.start(dir, "qmp", List.of("-machine", "none"))) {
 *   QmpClient client = QmpClient.connect(qemu.qmpAddress(), options);
 * }
 * }</pre>
 *
 * Without QEMU on the {@code PATH}, the calling test is skipped, saying what to install; with the
 * environment variable {@code CI=true} it fails instead, so that a build server cannot pass by
 * running none of these tests.
 */
public final class PausedQemu implements AutoCloseable {

  /** The QEMU these tests start, looked up on the {@code PATH}. */
  public static final String BINARY = "qemu-system-x86_64";

  private static final String INSTALL =
      "apt-get install -y --no-install-recommends qemu-system-x86";

  private final Path socket;
  private final Path log;
  private final List<String> command;
  private final Process process;

  /** Launches QEMU; {@link #start} then waits for its monitor. */
  private PausedQemu(Path dir, String name, List<String> arguments) throws IOException {
    socket = dir.resolve(name + ".sock");
    log = dir.resolve(name + ".log");
    List<String> line =
        new ArrayList<>(
            List.of(
                requireBinary().toString(),
                "-nodefaults",
                "-display",
                "none",
                "-S",
                "-qmp",
                "unix:" + socket + ",server=on,wait=off"));
    line.addAll(arguments);
    command = List.copyOf(line);
    process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  /**
   * Starts QEMU with {@code arguments} after its own ({@code -nodefaults -display none -S} and the
   * QMP monitor on {@code dir/name.sock}, output to {@code dir/name.log}), and waits up to 10 s
   * until the monitor accepts a connection: QEMU creates the socket's file at {@code bind}, a
   * moment before it {@code listen}s. A later argument overrides an earlier one, as QEMU reads
   * them.
   */
  public static PausedQemu start(Path dir, String name, List<String> arguments)
      throws IOException, InterruptedException {
    PausedQemu qemu = new PausedQemu(dir, name, arguments);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!qemu.accepts()) {
      if (!qemu.process.isAlive() || System.nanoTime() > deadline) {
        qemu.close();
        Assertions.fail("QEMU did not open its QMP socket: " + qemu.command + "\n" + qemu.output());
      }
      Thread.sleep(10);
    }
    return qemu;
  }

  /** Whether the environment says this runs on a build server: {@code CI=true}. */
  public static boolean onCi() {
    return "true".equals(System.getenv("CI"));
  }

  /** The QMP monitor's socket file. */
  public Path qmpSocket() {
    return socket;
  }

  /** The QMP monitor's address, for a client to connect to. */
  public UnixDomainSocketAddress qmpAddress() {
    return UnixDomainSocketAddress.of(socket);
  }

  /** The QEMU process, for a test that checks how it ended. */
  public Process process() {
    return process;
  }

  /** What QEMU wrote to its standard output and error so far. */
  public String output() throws IOException {
    return Files.readString(log);
  }

  /** Kills QEMU (SIGKILL) and waits up to 5 s for it to end. */
  @Override
  public void close() {
    process.destroyForcibly();
    try {
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private boolean accepts() {
    try {
      // QEMU's monitor serves one client at a time, and the next once this one has gone.
      SocketChannel.open(qmpAddress()).close();
      return true;
    } catch (IOException notYet) {
      return false;
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
      Assertions.fail(message);
    }
    Assumptions.abort(message);
    throw new AssertionError(message); // abort throws; javac does not know
  }
}
