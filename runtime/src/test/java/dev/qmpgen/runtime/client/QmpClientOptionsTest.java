package dev.qmpgen.runtime.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.qmpgen.runtime.EventDecoding;
import dev.qmpgen.runtime.EventRegistry;
import dev.qmpgen.runtime.stream.QmpLimits;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each {@code with...} changes its own components, keeps the rest, and is validated like new. */
class QmpClientOptionsTest {

  private static final QmpClientOptions DEFAULTS = QmpClientOptions.defaults(EventRegistry.of());

  @Test
  void eachWitherChangesOnlyItsOwnComponents() {
    QmpLimits limits = QmpLimits.DEFAULTS.withMaxLineBytes(4096);
    Duration one = Duration.ofSeconds(1);

    QmpClientOptions expected =
        new QmpClientOptions(
            DEFAULTS.registry(),
            EventDecoding.STRICT,
            limits,
            one,
            Duration.ofSeconds(3),
            7,
            8L << 20,
            Duration.ofSeconds(4),
            List.of("oob"));
    assertEquals(
        expected,
        DEFAULTS
            .withDecoding(EventDecoding.STRICT)
            .withLimits(limits)
            .withConnectTimeout(one)
            .withCommandTimeout(Duration.ofSeconds(3))
            .withEventBuffer(7, 8L << 20)
            .withCloseTimeout(Duration.ofSeconds(4))
            .withCapabilities(List.of("oob")));
    // In the other order too: a wither that reset a component set before it is caught above, one
    // that reset a component set after it is caught here. (The buffer holds a default line, so
    // that it is valid before the limits are set.)
    assertEquals(
        expected,
        DEFAULTS
            .withCapabilities(List.of("oob"))
            .withCloseTimeout(Duration.ofSeconds(4))
            .withEventBuffer(7, 8L << 20)
            .withCommandTimeout(Duration.ofSeconds(3))
            .withConnectTimeout(one)
            .withLimits(limits)
            .withDecoding(EventDecoding.STRICT));
    assertEquals(
        DEFAULTS,
        DEFAULTS
            .withCloseTimeout(one)
            .withCloseTimeout(DEFAULTS.closeTimeout())
            .withConnectTimeout(one)
            .withConnectTimeout(DEFAULTS.connectTimeout()));
  }

  @Test
  void aWitherIsValidatedLikeTheConstructor() {
    assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withCommandTimeout(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withEventBuffer(0, 32L << 20));
    assertThrows(
        IllegalArgumentException.class,
        () -> DEFAULTS.withLimits(QmpLimits.DEFAULTS.withMaxLineBytes(64 << 20)));
    List<String> capabilities = new ArrayList<>(List.of("oob"));
    QmpClientOptions options = DEFAULTS.withCapabilities(capabilities);
    capabilities.add("later");
    assertEquals(List.of("oob"), options.capabilities());
  }
}
