package dev.qmpgen.testing;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the server does when the client sends one command: a script of steps, run in order on the
 * server's thread. Built from {@link QmpTestServer#on(String)}:
 *
 * <pre>{@code
 * qemu.on("stop").returns("{}").thenEvent("STOP", "{}");
 * qemu.on("query-status").delay(Duration.ofMillis(200)).returns("{\"status\": \"running\", \"running\": true}");
 * qemu.on("quit").close();
 * }</pre>
 *
 * A command scripted once is answered the same way every time it comes.
 */
public final class Reply {

  /** One step of a reply. */
  sealed interface Step {}

  /**
   * Text to send; {@code withId} completes it with the command's {@code "id"} member, {@code }} and
   * the line end.
   */
  record Send(String text, boolean withId) implements Step {}

  record Wait(Duration duration) implements Step {}

  /** Ends the connection, as a QEMU that exits does. */
  record Close() implements Step {}

  /**
   * Added to by the test's thread after {@link QmpTestServer#on} has published this reply, and read
   * by the server's thread whenever the command comes.
   */
  private final List<Step> steps = new CopyOnWriteArrayList<>();

  Reply() {}

  /** Answers with {@code {"return": JSON}} and the command's id. */
  public Reply returns(String json) {
    steps.add(new Send("{\"return\": " + json, true));
    return this;
  }

  /**
   * Answers with {@code {"error": {"class": ..., "desc": ...}}} and the command's id, as QEMU
   * reports a failure.
   */
  public Reply error(String errorClass, String description) {
    steps.add(
        new Send(
            "{\"error\": {\"class\": "
                + QmpJson.quote(errorClass)
                + ", \"desc\": "
                + QmpJson.quote(description)
                + "}",
            true));
    return this;
  }

  /** Then sends an event with this name and data object (JSON), timestamped now. */
  public Reply thenEvent(String name, String dataJson) {
    steps.add(new Send(QmpJson.event(name, dataJson), false));
    return this;
  }

  /**
   * Then sends a line exactly as given ({@code \r\n} is added): garbage, a half object, anything.
   */
  public Reply thenLine(String line) {
    steps.add(new Send(line + "\r\n", false));
    return this;
  }

  /** Waits before the next step (before answering, when first): a slow QEMU. */
  public Reply delay(Duration duration) {
    steps.add(new Wait(Objects.requireNonNull(duration, "duration")));
    return this;
  }

  /** Sends {@code partial} without a line end and closes the connection: a QEMU dying mid-reply. */
  public Reply closeMidLine(String partial) {
    steps.add(new Send(partial, false));
    steps.add(new Close());
    return this;
  }

  /** Closes the connection without answering. */
  public Reply close() {
    steps.add(new Close());
    return this;
  }

  List<Step> steps() {
    return List.copyOf(steps);
  }
}
