package dev.qmpgen.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The installed QEMU, started for a test: skipped without QEMU, failed without it on CI. */
class PausedQemuTest {

  @TempDir Path dir;

  @Test
  void theStartedQemuGreetsOnItsMonitorAndClosingKillsIt() throws Exception {
    Process process;
    try (PausedQemu qemu = PausedQemu.start(dir, "monitor", List.of("-machine", "none"))) {
      process = qemu.process();
      try (SocketChannel client = SocketChannel.open(qemu.qmpAddress())) {
        String greeting = readLine(client);
        assertTrue(greeting.startsWith("{\"QMP\": {\"version\": "), greeting);
      }
      assertTrue(process.isAlive());
    }
    assertFalse(process.isAlive(), "QEMU outlived close()");
  }

  @Test
  void aQemuThatEndsBeforeItsMonitorOpensFailsTheTestWithWhatItSaid() {
    AssertionError failure =
        assertThrows(
            AssertionError.class,
            () -> PausedQemu.start(dir, "bad", List.of("-machine", "no-such-machine")));
    assertTrue(
        failure.getMessage().startsWith("QEMU did not open its QMP socket: "), failure::getMessage);
    assertTrue(failure.getMessage().contains("unsupported machine type"), failure::getMessage);
  }

  private static String readLine(SocketChannel channel) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    ByteBuffer one = ByteBuffer.allocate(1);
    while (true) {
      one.clear();
      if (channel.read(one) < 0) {
        throw new IOException("the monitor closed before a whole line: " + line);
      }
      if (one.get(0) == '\n') {
        return line.toString(StandardCharsets.UTF_8);
      }
      line.write(one.get(0));
    }
  }
}
