package dev.qmpgen.cli;

import dev.qmpgen.runtime.stream.QmpBadLine;
import dev.qmpgen.runtime.stream.QmpEventMessage;
import dev.qmpgen.runtime.stream.QmpGreeting;
import dev.qmpgen.runtime.stream.QmpMessage;
import dev.qmpgen.runtime.stream.QmpResponse;
import dev.qmpgen.runtime.stream.QmpStreamReader;
import java.io.IOException;
import java.util.Optional;

/**
 * Feeds every message of a QMP JSON-lines stream (a capture, a file, stdin) to a report: events to
 * be printed, bad lines with their numbers; a greeting or response in a capture is no error.
 */
final class StreamFeed {

  private StreamFeed() {}

  /** Reads to the end of the stream; returns the number of the last line read. */
  static long feed(QmpStreamReader reader, String source, EventReport report, Progress progress)
      throws IOException {
    long lastLine = 0;
    for (Optional<QmpMessage> next = reader.next(); next.isPresent(); next = reader.next()) {
      QmpMessage message = next.get();
      lastLine = message.lineNumber();
      if (message instanceof QmpEventMessage event) {
        progress.done(); // erased first: stdout and stderr may share the terminal's line
        report.event(source, event.lineNumber(), event.event());
      } else if (message instanceof QmpBadLine bad) {
        progress.done();
        report.badLine(source, bad.lineNumber(), describe(bad));
      } else if (message instanceof QmpGreeting || message instanceof QmpResponse) {
        report.otherMessage();
      }
      progress.lines(lastLine);
    }
    progress.done();
    return lastLine;
  }

  /** {@code malformed JSON: Unexpected end-of-input ... [{"timestamp": ...]}. */
  static String describe(QmpBadLine bad) {
    String problem =
        bad.problem()
            .name()
            .toLowerCase(java.util.Locale.ROOT)
            .replace('_', ' ')
            .replace("json", "JSON");
    String detail =
        bad.detail()
                .toLowerCase(java.util.Locale.ROOT)
                .startsWith(problem.toLowerCase(java.util.Locale.ROOT))
            ? bad.detail()
            : problem + ": " + bad.detail();
    return detail + " [" + bad.excerpt() + "]";
  }
}
