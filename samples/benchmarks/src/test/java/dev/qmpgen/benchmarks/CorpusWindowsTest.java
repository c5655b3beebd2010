package dev.qmpgen.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.qmpgen.benchmarks.corpus.CorpusWindows;
import dev.qmpgen.benchmarks.corpus.QemuTraffic;
import dev.qmpgen.benchmarks.corpus.RecordedQemuTraffic;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * CodecBenchmark's figures are per event of a corpus only if its windows read that corpus: every
 * line equally often over a cycle, and the stream of a window holding exactly the window's lines.
 */
class CorpusWindowsTest {

  @Test
  void theSyntheticMixIsOneWindowReadWholeEveryTime() {
    CorpusWindows windows = new CorpusWindows(QemuTraffic.lines());

    assertEquals(1, windows.count());
    assertEquals(0, windows.next());
    assertEquals(0, windows.next());
    assertArrayEquals(QemuTraffic.lines(), windows.lines(0));
    assertArrayEquals(QemuTraffic.stream(), streamOf(windows, 0));
  }

  @Test
  void aCycleOfTheRecordedTrafficReadsEveryLineEquallyOften() {
    byte[][] corpus = RecordedQemuTraffic.lines();
    CorpusWindows windows = new CorpusWindows(corpus);

    Map<byte[], Integer> reads = new IdentityHashMap<>();
    for (int i = 0; i < windows.count(); i++) {
      int window = windows.next();
      assertEquals(i, window);
      for (byte[] line : windows.lines(window)) {
        reads.merge(line, 1, Integer::sum);
      }
    }
    assertEquals(0, windows.next(), "the cycle starts again");
    // 105 lines in windows of 256: 105 windows, each line read 256 times.
    assertEquals(corpus.length, windows.count());
    assertEquals(corpus.length, reads.size());
    reads.values().forEach(count -> assertEquals(CorpusWindows.EVENTS, count));
  }

  @Test
  void aWindowsStreamHoldsItsLinesEachEndedByANewline() {
    CorpusWindows windows = new CorpusWindows(RecordedQemuTraffic.lines());

    for (int window = 0; window < windows.count(); window++) {
      ByteArrayOutputStream expected = new ByteArrayOutputStream();
      for (byte[] line : windows.lines(window)) {
        expected.writeBytes(line);
        expected.write('\n');
      }
      assertArrayEquals(expected.toByteArray(), streamOf(windows, window), "window " + window);
    }
  }

  private static byte[] streamOf(CorpusWindows windows, int window) {
    int from = windows.streamOffset(window);
    return Arrays.copyOfRange(windows.stream(), from, from + windows.streamLength(window));
  }
}
