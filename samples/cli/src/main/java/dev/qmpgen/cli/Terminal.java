package dev.qmpgen.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard error is a terminal, for progress that must show even when stdout is redirected
 * ({@code decode big.jsonl > events.txt}). Java 17 cannot ask that of one stream: {@code
 * System.console()} needs stdin and stdout to be terminals. Linux says it through {@code
 * /proc/self/fd/2}; elsewhere the console is the best guess there is.
 */
final class Terminal {

  private Terminal() {}

  static boolean isStderr() {
    try {
      return isTerminalDevice(Files.readSymbolicLink(Path.of("/proc/self/fd/2")));
    } catch (IOException | UnsupportedOperationException | SecurityException noProc) {
      return System.console() != null;
    }
  }

  /**
   * A pseudo-terminal ({@code /dev/pts/3}) or a console ({@code /dev/tty1}), not a file or pipe.
   */
  static boolean isTerminalDevice(Path target) {
    String name = target.toString();
    return name.startsWith("/dev/pts/") || name.startsWith("/dev/tty");
  }
}
