package dev.qmpgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {

  private static final long MILLIS = 1_000_000L;

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final AtomicLong now = new AtomicLong();

  private Progress progress(boolean interactive) {
    return new Progress(new PrintStream(err, true, StandardCharsets.UTF_8), interactive, now::get);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void staysQuietDuringTheFirstSecond() {
    Progress progress = progress(true);
    now.set(999 * MILLIS);
    progress.lines(5000);

    assertEquals("", err());
  }

  @Test
  void redrawsInPlaceAtMostFourTimesASecondAndErasesWhenDone() {
    Progress progress = progress(true);
    now.set(1000 * MILLIS);
    progress.lines(10);
    now.set(1100 * MILLIS);
    progress.lines(20);
    now.set(1250 * MILLIS);
    progress.lines(30);
    progress.done();

    assertEquals("\rdecoded 10 lines\rdecoded 30 lines\r                \r", err());
  }

  @Test
  void drawsNothingWhenNobodyWatchesTheTerminal() {
    Progress progress = progress(false);
    now.set(5000 * MILLIS);
    progress.lines(10);
    progress.done();

    assertEquals("", err());
  }
}
