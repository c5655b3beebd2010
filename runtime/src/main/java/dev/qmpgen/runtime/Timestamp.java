package dev.qmpgen.runtime;

import java.time.Instant;
import java.util.Optional;

/**
 * The {@code timestamp} member QEMU puts on every event: host time in seconds and microseconds
 * since the epoch.
 */
public record Timestamp(long seconds, long microseconds) {

  /** QEMU's {@code {"seconds": -1, "microseconds": -1}}: the host clock could not be read. */
  public static final Timestamp UNAVAILABLE = new Timestamp(-1, -1);

  /** Whether QEMU could read the host clock; false only for {@link #UNAVAILABLE}. */
  public boolean isAvailable() {
    return !equals(UNAVAILABLE);
  }

  /** The instant, or empty for {@link #UNAVAILABLE} (never a date in 1969). */
  public Optional<Instant> toInstant() {
    if (!isAvailable()) {
      return Optional.empty();
    }
    return Optional.of(Instant.ofEpochSecond(seconds, Math.multiplyExact(microseconds, 1_000L)));
  }

  /** The timestamp QEMU would send for {@code instant}, truncated to microseconds. */
  public static Timestamp of(Instant instant) {
    return new Timestamp(instant.getEpochSecond(), instant.getNano() / 1_000L);
  }
}
