package dev.qmpgen.cli.visitors;

import java.util.Objects;
import java.util.Optional;

/**
 * A VM's state and, when the events say, why it is in it.
 *
 * @param cause what put the VM in this state ({@code "I/O error: write on virtio0"}), when known
 */
public record VmStatus(VmState state, Optional<String> cause) {

  public VmStatus {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(cause, "cause");
  }

  public static VmStatus of(VmState state) {
    return new VmStatus(state, Optional.empty());
  }

  /** {@code paused (I/O error: write on virtio0)}. */
  @Override
  public String toString() {
    return state.words() + cause.map(c -> " (" + c + ")").orElse("");
  }
}
