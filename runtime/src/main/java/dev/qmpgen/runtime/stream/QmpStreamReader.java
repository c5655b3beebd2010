package dev.qmpgen.runtime.stream;

import dev.qmpgen.runtime.EventDecoding;
import dev.qmpgen.runtime.EventRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a QMP byte stream (one JSON object per line, {@code \r\n} or {@code \n} line ends) as
 * {@link QmpMessage}s: the greeting, responses, events decoded through an {@link EventRegistry},
 * and {@link QmpBadLine}s for lines it could not use. A bad line never ends the stream: the next
 * call goes on with the next line. Lines are decoded from the read buffer's bytes in place.
 *
 * <p>Not thread-safe: one thread reads. The reader does not close the channel.
 */
public final class QmpStreamReader {

  private final LineSplitter lines;
  private final MessageParser parser;

  public QmpStreamReader(
      ReadableByteChannel in, EventRegistry registry, EventDecoding decoding, QmpLimits limits) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(limits, "limits");
    this.lines = new LineSplitter(in, limits.maxLineBytes());
    this.parser =
        new MessageParser(
            Objects.requireNonNull(registry, "registry"),
            Objects.requireNonNull(decoding, "decoding"),
            limits);
  }

  /** A reader with lenient event decoding and the default limits. */
  public QmpStreamReader(ReadableByteChannel in, EventRegistry registry) {
    this(in, registry, EventDecoding.LENIENT, QmpLimits.DEFAULTS);
  }

  /** A reader over an {@link InputStream}, with lenient event decoding and the default limits. */
  public static QmpStreamReader of(InputStream in, EventRegistry registry) {
    return new QmpStreamReader(Channels.newChannel(in), registry);
  }

  /**
   * The next message, or empty at the end of the stream. Blank lines are skipped (they still count
   * for line numbers). A line the stream ends in the middle of comes back as a {@link
   * QmpBadLine.Problem#TRUNCATED} bad line before the end.
   *
   * @throws IOException if reading fails; the reader is then unusable
   */
  public Optional<QmpMessage> next() throws IOException {
    for (Line line = lines.next(); line != null; line = lines.next()) {
      if (line.kind() == Line.Kind.COMPLETE && isBlank(line)) {
        continue;
      }
      return Optional.of(parser.parse(line));
    }
    return Optional.empty();
  }

  private static boolean isBlank(Line line) {
    for (int i = line.offset(), end = line.offset() + line.length(); i < end; i++) {
      byte b = line.bytes()[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
