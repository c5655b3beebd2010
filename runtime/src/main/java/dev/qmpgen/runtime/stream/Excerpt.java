package dev.qmpgen.runtime.stream;

import java.nio.charset.StandardCharsets;

/** The readable start of a line, for error reports. */
final class Excerpt {

  private Excerpt() {}

  static String of(byte[] bytes, int offset, int length, long totalLength) {
    int kept = Math.min(length, QmpBadLine.EXCERPT_BYTES);
    String text = new String(bytes, offset, kept, StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(text.length() + 8);
    text.codePoints()
        .forEach(
            c -> {
              if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\x%02x", c)); // keep log lines on one line
              } else {
                out.appendCodePoint(c);
              }
            });
    if (totalLength > kept) {
      out.append("...");
    }
    return out.toString();
  }
}
