package dev.qmpgen.runtime.client;

import dev.qmpgen.runtime.stream.QmpMessage;
import dev.qmpgen.runtime.stream.QmpStreamReader;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;

/** The reader thread's work: reads messages until the stream ends, then reports how it ended. */
final class ReaderLoop implements Runnable {

  private final QmpStreamReader reader;
  private final MessageRouter router;
  private final Consumer<Disconnect> onEnd;

  ReaderLoop(QmpStreamReader reader, MessageRouter router, Consumer<Disconnect> onEnd) {
    this.reader = reader;
    this.router = router;
    this.onEnd = onEnd;
  }

  @Override
  public void run() {
    Disconnect end = null;
    try {
      for (Optional<QmpMessage> next = reader.next(); next.isPresent(); next = reader.next()) {
        router.route(next.get());
      }
      end =
          ended(
              Disconnect.Reason.END_OF_STREAM, "the peer closed the connection", Optional.empty());
    } catch (IOException e) {
      // Also how a close() from another thread shows here; the client ignores a second end.
      end = ended(Disconnect.Reason.CONNECTION_ERROR, "reading failed: " + e, Optional.of(e));
    } catch (RuntimeException e) {
      end = ended(Disconnect.Reason.CONNECTION_ERROR, "the reader failed: " + e, Optional.of(e));
    } finally {
      // Even an Error must end the client, or its commands and dispatcher would wait on a dead
      // reader.
      onEnd.accept(
          end != null
              ? end
              : ended(
                  Disconnect.Reason.CONNECTION_ERROR,
                  "the reader thread died of an Error",
                  Optional.empty()));
    }
  }

  /** How the stream ended, at the last line read. */
  private Disconnect ended(Disconnect.Reason reason, String detail, Optional<Throwable> cause) {
    return new Disconnect(reason, router.lastLineNumber(), detail, cause);
  }
}
