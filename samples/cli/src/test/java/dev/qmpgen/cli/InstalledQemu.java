package dev.qmpgen.cli;

import dev.qmpgen.testing.PausedQemu;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The installed {@code qemu-system-x86_64}, paused, without a machine or devices (the schema does
 * not depend on them): qmpgen-testing's {@link PausedQemu}, addressed as the CLI takes it. Closing
 * it kills it. Without QEMU the calling test is skipped, saying what to install; with {@code
 * CI=true} it fails.
 */
final class InstalledQemu implements AutoCloseable {

  private final PausedQemu qemu;

  private InstalledQemu(PausedQemu qemu) {
    this.qemu = qemu;
  }

  /** Starts QEMU and waits (up to 10 s) until its monitor accepts a connection. */
  static InstalledQemu start(Path dir, String name) throws IOException, InterruptedException {
    return new InstalledQemu(PausedQemu.start(dir, name, List.of("-machine", "none")));
  }

  /** The monitor's address as the CLI takes it. */
  String socket() {
    return qemu.qmpSocket().toString();
  }

  static boolean onCi() {
    return PausedQemu.onCi();
  }

  @Override
  public void close() {
    qemu.close();
  }
}
