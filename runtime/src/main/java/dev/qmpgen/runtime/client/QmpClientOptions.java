package dev.qmpgen.runtime.client;

import dev.qmpgen.runtime.EventDecoding;
import dev.qmpgen.runtime.EventRegistry;
import dev.qmpgen.runtime.stream.QmpLimits;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How a {@link QmpClient} connects, decodes, buffers and waits. Start from {@link #defaults} and
 * change what you need with the {@code with...} methods.
 *
 * @param registry decodes events; {@code EventRegistry.of()} makes every event an unknown event
 * @param decoding what happens to a known event that does not match its spec (default lenient)
 * @param limits bounds on lines, nesting and strings (default {@link QmpLimits#DEFAULTS})
 * @param connectTimeout bounds connecting, the greeting and capability negotiation together
 *     (default 10 s)
 * @param commandTimeout for commands and event waits given no timeout of their own (default 30 s)
 * @param eventBufferCapacity the most notifications (events, bad lines, unmatched responses) held
 *     for listeners that have not caught up (default 4096)
 * @param eventBufferBytes the most heap those notifications may hold, each weighed as twice its
 *     line plus 128 bytes per JSON value in it, which bounds what it decodes to (default 32 MiB)
 * @param closeTimeout how long {@link QmpClient#close()} waits for each of its threads to end, for
 *     example for a listener to return (default 2 s)
 * @param capabilities the capabilities to enable in {@code qmp_capabilities} (default none)
 */
public record QmpClientOptions(
    EventRegistry registry,
    EventDecoding decoding,
    QmpLimits limits,
    Duration connectTimeout,
    Duration commandTimeout,
    int eventBufferCapacity,
    long eventBufferBytes,
    Duration closeTimeout,
    List<String> capabilities) {

  public QmpClientOptions {
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(decoding, "decoding");
    Objects.requireNonNull(limits, "limits");
    requirePositive(connectTimeout, "connectTimeout");
    requirePositive(commandTimeout, "commandTimeout");
    requirePositive(closeTimeout, "closeTimeout");
    if (eventBufferCapacity < 1) {
      throw new IllegalArgumentException("eventBufferCapacity must be positive");
    }
    if (eventBufferBytes < limits.maxLineBytes()) {
      throw new IllegalArgumentException(
          "eventBufferBytes must hold at least one line of maxLineBytes");
    }
    capabilities = List.copyOf(capabilities);
  }

  /** The defaults listed on the record, decoding with {@code registry}. */
  public static QmpClientOptions defaults(EventRegistry registry) {
    return new QmpClientOptions(
        registry,
        EventDecoding.LENIENT,
        QmpLimits.DEFAULTS,
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        4096,
        32L << 20,
        Duration.ofSeconds(2),
        List.of());
  }

  public QmpClientOptions withDecoding(EventDecoding value) {
    return with(draft -> draft.decoding = value);
  }

  public QmpClientOptions withLimits(QmpLimits value) {
    return with(draft -> draft.limits = value);
  }

  public QmpClientOptions withConnectTimeout(Duration value) {
    return with(draft -> draft.connectTimeout = value);
  }

  public QmpClientOptions withCommandTimeout(Duration value) {
    return with(draft -> draft.commandTimeout = value);
  }

  public QmpClientOptions withEventBuffer(int capacity, long bytes) {
    return with(
        draft -> {
          draft.eventBufferCapacity = capacity;
          draft.eventBufferBytes = bytes;
        });
  }

  public QmpClientOptions withCloseTimeout(Duration value) {
    return with(draft -> draft.closeTimeout = value);
  }

  public QmpClientOptions withCapabilities(List<String> value) {
    return with(draft -> draft.capabilities = value);
  }

  /** A copy with what {@code change} sets on a draft of these options, validated as a whole. */
  private QmpClientOptions with(Consumer<Draft> change) {
    Draft draft = new Draft(this);
    change.accept(draft);
    return draft.options();
  }

  /**
   * These options' components, open to change: each {@code with...} sets its own and leaves the
   * rest, rather than passing all nine on by hand.
   */
  private static final class Draft {
    EventRegistry registry;
    EventDecoding decoding;
    QmpLimits limits;
    Duration connectTimeout;
    Duration commandTimeout;
    int eventBufferCapacity;
    long eventBufferBytes;
    Duration closeTimeout;
    List<String> capabilities;

    Draft(QmpClientOptions from) {
      registry = from.registry;
      decoding = from.decoding;
      limits = from.limits;
      connectTimeout = from.connectTimeout;
      commandTimeout = from.commandTimeout;
      eventBufferCapacity = from.eventBufferCapacity;
      eventBufferBytes = from.eventBufferBytes;
      closeTimeout = from.closeTimeout;
      capabilities = from.capabilities;
    }

    QmpClientOptions options() {
      return new QmpClientOptions(
          registry,
          decoding,
          limits,
          connectTimeout,
          commandTimeout,
          eventBufferCapacity,
          eventBufferBytes,
          closeTimeout,
          capabilities);
    }
  }

  static void requirePositive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive but is " + duration);
    }
  }
}
