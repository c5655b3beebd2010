package dev.qmpgen.runtime;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.Optional;

/**
 * The value of a field whose spec lists its possible strings: either one of the generated enum's
 * constants (each carries its wire name), or an {@link Unlisted} value the spec does not list, kept
 * verbatim so that it re-encodes exactly (QEMU 7.2 sends WATCHDOG action {@code inject-nmi}).
 *
 * <p>Generated enums implement this interface, so a listed value compares with {@code ==}:
 *
 * <pre>{@code
 * if (event.action() == Watchdog.Action.RESET) { ... }
 * if (event.action() instanceof Watchdog.Action action) { switch (action) { ... } }
 * event.action().known().ifPresentOrElse(this::handle, () -> log(event.action().wireName()));
 * }</pre>
 *
 * @param <E> the generated enum of the listed values
 */
public interface Enumerated<E extends Enum<E>> {

  /** The value exactly as on the wire. */
  @JsonValue
  String wireName();

  /** The listed constant, or empty for a value the spec does not list. */
  Optional<E> known();

  /**
   * A value the spec does not list. Generated {@code fromWireName} methods return listed ones as
   * constants.
   */
  static <E extends Enum<E>> Enumerated<E> unlisted(String wireName) {
    return new Unlisted<>(wireName);
  }

  /**
   * A string the spec does not list for the field.
   *
   * @param wireName the value as sent
   * @param <E> the generated enum of the listed values
   */
  record Unlisted<E extends Enum<E>>(String wireName) implements Enumerated<E> {

    public Unlisted {
      Objects.requireNonNull(wireName, "wireName");
    }

    @Override
    public Optional<E> known() {
      return Optional.empty();
    }

    @Override
    public String toString() {
      return wireName;
    }
  }
}
