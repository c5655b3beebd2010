package dev.qmpgen.runtime;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * Collects a generator's output as one exactly sized array. The generator buffers the whole event
 * and flushes it once on close, so the usual single write becomes the result array itself, where a
 * {@code ByteArrayOutputStream} would allocate its buffer and then copy it again.
 */
final class ExactBytes extends OutputStream {

  private static final byte[] EMPTY = new byte[0];

  private byte[] bytes = EMPTY;

  @Override
  public void write(int b) {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] source, int offset, int length) {
    if (bytes.length == 0) {
      bytes = Arrays.copyOfRange(source, offset, offset + length);
      return;
    }
    byte[] joined = Arrays.copyOf(bytes, bytes.length + length); // an event longer than the buffer
    System.arraycopy(source, offset, joined, bytes.length, length);
    bytes = joined;
  }

  /** Everything written so far. */
  byte[] bytes() {
    return bytes;
  }
}
