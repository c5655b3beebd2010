package dev.qmpgen.runtime;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Optional;

/**
 * The {@code timestamp} member QEMU puts on every event: host time in seconds and microseconds
 * since the epoch; or {@link #ABSENT}, for an event object that has no {@code timestamp} member
 * (the spec's examples of GUEST_PANICKED and DUMP_COMPLETED leave it out).
 *
 * <p>{@link #ABSENT} and QEMU's explicit {@code {"seconds": -1, "microseconds": -1}} ({@link
 * #UNAVAILABLE}) are different inputs and stay different: neither has an instant, but encoding
 * writes the second and leaves the first out, so that re-encoding a decoded event gives back the
 * JSON it came from. Immutable; equal when both are absent, or both present with the same values.
 * Jackson databind binds and writes it as QEMU's {@code {"seconds": S, "microseconds": U}}.
 */
public final class Timestamp {

  /** QEMU's {@code {"seconds": -1, "microseconds": -1}}: the host clock could not be read. */
  public static final Timestamp UNAVAILABLE = new Timestamp(-1, -1);

  /**
   * No {@code timestamp} member at all. Its {@link #seconds()} and {@link #microseconds()} are -1,
   * as for {@link #UNAVAILABLE}, but it is not equal to it and is not encoded.
   */
  public static final Timestamp ABSENT = new Timestamp(-1, -1, false);

  private final long seconds;
  private final long microseconds;
  private final boolean present;

  /** A timestamp member with these values, as QEMU sends it. */
  @JsonCreator
  public Timestamp(
      @JsonProperty("seconds") long seconds, @JsonProperty("microseconds") long microseconds) {
    this(seconds, microseconds, true);
  }

  private Timestamp(long seconds, long microseconds, boolean present) {
    this.seconds = seconds;
    this.microseconds = microseconds;
    this.present = present;
  }

  @JsonProperty("seconds")
  public long seconds() {
    return seconds;
  }

  @JsonProperty("microseconds")
  public long microseconds() {
    return microseconds;
  }

  /** Whether the event had a {@code timestamp} member; false only for {@link #ABSENT}. */
  @JsonIgnore
  public boolean isPresent() {
    return present;
  }

  /** Whether QEMU could read the host clock; false for {@link #UNAVAILABLE} and {@link #ABSENT}. */
  @JsonIgnore
  public boolean isAvailable() {
    return present && !(seconds == -1 && microseconds == -1);
  }

  /** The instant, or empty for {@link #UNAVAILABLE} and {@link #ABSENT} (never a date in 1969). */
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

  @Override
  public boolean equals(Object other) {
    return other instanceof Timestamp that
        && seconds == that.seconds
        && microseconds == that.microseconds
        && present == that.present;
  }

  @Override
  public int hashCode() {
    return present ? Long.hashCode(seconds) * 31 + Long.hashCode(microseconds) : -1;
  }

  /** {@code Timestamp[seconds=1267020223, microseconds=435656]}, or {@code Timestamp[absent]}. */
  @Override
  public String toString() {
    return present
        ? "Timestamp[seconds=" + seconds + ", microseconds=" + microseconds + "]"
        : "Timestamp[absent]";
  }
}
