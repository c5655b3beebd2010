package dev.qmpgen.benchmarks.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Real QEMU 7.2 traffic: the event lines the live QEMU test recorded from the installed QEMU
 * ({@code runtime/src/test/resources/qemu-7.2-traffic.jsonl}, copied into this jar at build time),
 * held as UTF-8 bytes the way a reader receives them.
 *
 * <p>It is the mix a storage-heavy VM produces: 45 event names, two fifths of the lines {@code
 * JOB_STATUS_CHANGE} from block jobs, {@code BLOCK_JOB_*} and {@code MIGRATION} events, and
 * union-typed data ({@code NETDEV_STREAM_CONNECTED}'s address).
 */
public final class RecordedQemuTraffic {

  private static final String RESOURCE = "qemu-7.2-traffic.jsonl";

  private RecordedQemuTraffic() {}

  /**
   * The lines, each one event object without its line end; {@link CorpusWindows} reads a corpus of
   * any length.
   */
  public static byte[][] lines() {
    List<String> text = text();
    byte[][] lines = new byte[text.size()][];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = text.get(i).getBytes(StandardCharsets.UTF_8);
    }
    return lines;
  }

  private static List<String> text() {
    try (InputStream in = RecordedQemuTraffic.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "resource " + RESOURCE + " is missing from the benchmarks jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(line -> !line.isBlank())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
