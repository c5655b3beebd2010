package dev.qmpgen.cli.visitors;

/** Where a VM is in its life, as far as its events tell. */
public enum VmState {
  /** No state-changing event seen yet. */
  UNKNOWN("unknown"),
  RUNNING("running"),
  /**
   * Stopped: by a command, an I/O error with {@code werror=stop}, or a watchdog's {@code pause}.
   */
  PAUSED("paused"),
  /** The guest or the host asked for a shutdown; with {@code -no-shutdown} QEMU stays, stopped. */
  SHUTTING_DOWN("shutting down"),
  /** Just reset: the guest is starting again from its firmware. */
  RESET("reset");

  private final String words;

  VmState(String words) {
    this.words = words;
  }

  /** The state as a person reads it. */
  public String words() {
    return words;
  }
}
