package dev.qmpgen.benchmarks.corpus;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A deterministic mix of event lines shaped like what QEMU 7.2 writes on a QMP socket, held as
 * UTF-8 bytes the way a reader receives them.
 *
 * <p>Shaped after QEMU 7.2's output, not the spec's examples: {@code timestamp} comes first, values
 * are separated by {@code ", "} and {@code ": "} as QEMU's JSON writer does, and the data carries
 * the members QEMU added after the spec text was written ({@code guest}/{@code reason} on SHUTDOWN
 * and RESET, {@code qom-path} on RTC_CHANGE, {@code node-name}/{@code nospace}/{@code reason} on
 * BLOCK_IO_ERROR, {@code websocket} and {@code auth: "none"} on the VNC objects, the WATCHDOG
 * action {@code inject-nmi} the spec does not list). Two of every sixteen lines are events the
 * bundled spec does not define (POWERDOWN, BALLOON_CHANGE).
 */
public final class QemuTraffic {

  /** Lines in {@link #lines()}; benchmarks divide by it to report per event. */
  public static final int SIZE = 256;

  private static final long FIRST_SECOND = 1_700_000_000L;

  /** One mix cycle; each entry turns a line index into a line, so values vary along the corpus. */
  private static final List<IntFunction<String>> CYCLE =
      List.of(
          i -> envelope(i, "STOP", null),
          i -> envelope(i, "RESUME", null),
          i -> envelope(i, "VNC_CONNECTED", vncData(i, false)),
          i -> envelope(i, "VNC_INITIALIZED", vncData(i, false)),
          i ->
              envelope(
                  i,
                  "BLOCK_IO_ERROR",
                  "{\"device\": \"\", \"node-name\": \"#block"
                      + (100 + i % 37)
                      + "\", \"operation\": \""
                      + (i % 3 == 0 ? "read" : "write")
                      + "\", \"action\": \"stop\","
                      + " \"nospace\": "
                      + (i % 2 == 0)
                      + ", \"reason\": \"No space left on device\"}"),
          i ->
              envelope(
                  i,
                  "RTC_CHANGE",
                  "{\"offset\": "
                      + (i * 7 % 120 - 60)
                      + ", \"qom-path\": \"/machine/unattached/device[8]\"}"),
          i -> envelope(i, "VNC_DISCONNECTED", vncData(i, true)),
          i -> envelope(i, "WATCHDOG", "{\"action\": \"inject-nmi\"}"),
          i -> envelope(i, "POWERDOWN", null),
          i -> envelope(i, "BALLOON_CHANGE", "{\"actual\": " + (1_073_741_824L - i * 4096L) + "}"),
          i -> envelope(i, "RESET", "{\"guest\": true, \"reason\": \"guest-reset\"}"),
          i -> envelope(i, "SHUTDOWN", "{\"guest\": false, \"reason\": \"host-qmp-quit\"}"),
          i -> envelope(i, "WATCHDOG", "{\"action\": \"reset\"}"),
          i -> envelope(i, "STOP", null),
          i -> envelope(i, "RESUME", null),
          i -> envelope(i, "VNC_CONNECTED", vncData(i, true)));

  private QemuTraffic() {}

  /** The {@value #SIZE} lines, each one event object without a trailing newline. */
  public static byte[][] lines() {
    byte[][] lines = new byte[SIZE][];
    for (int i = 0; i < SIZE; i++) {
      lines[i] = line(i).getBytes(StandardCharsets.UTF_8);
    }
    return lines;
  }

  /** The lines as one stream, each ended by a newline, as they arrive on a QMP socket. */
  public static byte[] stream() {
    return (String.join("\n", text()) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /** The lines as text, for tests and for reading the corpus. */
  public static List<String> text() {
    List<String> text = new ArrayList<>(SIZE);
    for (int i = 0; i < SIZE; i++) {
      text.add(line(i));
    }
    return text;
  }

  private static String line(int i) {
    return CYCLE.get(i % CYCLE.size()).apply(i);
  }

  private static String envelope(int i, String event, String data) {
    String timestamp =
        "{\"seconds\": "
            + (FIRST_SECOND + i)
            + ", \"microseconds\": "
            + (i * 7919 % 1_000_000)
            + "}";
    String line = "{\"timestamp\": " + timestamp + ", \"event\": \"" + event + "\"";
    return data == null ? line + "}" : line + ", \"data\": " + data + "}";
  }

  /**
   * QEMU 7.2's VncServerInfo/VncClientInfo: {@code websocket} always, {@code auth} on the server.
   */
  private static String vncData(int i, boolean ipv6) {
    String family = ipv6 ? "ipv6" : "ipv4";
    String host = ipv6 ? "::1" : "127.0.0.1";
    String server =
        "{\"auth\": \"none\", \"family\": \""
            + family
            + "\", \"service\": \"5900\","
            + " \"host\": \""
            + host
            + "\", \"websocket\": false}";
    String client =
        "{\"family\": \""
            + family
            + "\", \"service\": \""
            + (40_000 + i * 13 % 20_000)
            + "\", \"host\": \""
            + host
            + "\", \"websocket\": false}";
    return "{\"server\": " + server + ", \"client\": " + client + "}";
  }
}
