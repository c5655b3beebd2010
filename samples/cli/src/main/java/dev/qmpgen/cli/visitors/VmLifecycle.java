package dev.qmpgen.cli.visitors;

import dev.qmpgen.runtime.QmpEvent;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The state machine both trackers drive, in terms of what happened rather than of one binding's
 * types: stopped, resumed, reset, shutting down, and an event that announces the next one.
 *
 * <p>QEMU announces some events by the one before: a BLOCK_IO_ERROR with action {@code stop} is
 * followed by a STOP, a WATCHDOG's {@code reset}, {@code shutdown} or {@code pause} by a RESET,
 * SHUTDOWN or STOP, and with {@code -no-shutdown} a SHUTDOWN by a STOP. The announced event gets
 * the announcement as its cause. Not thread-safe: one lifecycle follows one VM.
 */
final class VmLifecycle {

  /** An event announced by the one before it, and the cause it will carry. */
  private record Announcement(String eventName, String cause) {}

  /** The event QEMU sends after a WATCHDOG, by the watchdog's action. */
  private static final Map<String, String> WATCHDOG_FOLLOWERS =
      Map.of("reset", "RESET", "shutdown", "SHUTDOWN", "pause", "STOP");

  private VmStatus status;
  private Optional<Announcement> announced = Optional.empty();
  private final ArrayDeque<Transition> transitions = new ArrayDeque<>();

  VmLifecycle(VmStatus initial) {
    this.status = Objects.requireNonNull(initial, "initial");
  }

  VmStatus status() {
    return status;
  }

  List<Transition> transitions() {
    return List.copyOf(transitions);
  }

  VmStatus stopped(QmpEvent event) {
    if (status.state() == VmState.SHUTTING_DOWN) {
      // "-no-shutdown": the guest is off and QEMU keeps the VM stopped; it is still shutting down.
      announced = Optional.empty();
      return status;
    }
    return moveTo(VmState.PAUSED, causeOf(event), event);
  }

  VmStatus resumed(QmpEvent event) {
    return moveTo(VmState.RUNNING, causeOf(event), event);
  }

  /** A reset, with the reason QEMU 6.0 and later give when the event carries one. */
  VmStatus reset(QmpEvent event, Optional<String> reason) {
    Optional<String> cause = causeOf(event).or(() -> reason);
    if (status.state() == VmState.PAUSED) {
      // system_reset on a stopped VM resets it but leaves it stopped until "cont".
      return moveTo(
          VmState.PAUSED,
          Optional.of("reset while paused" + cause.map(c -> ": " + c).orElse("")),
          event);
    }
    return moveTo(VmState.RESET, cause, event);
  }

  VmStatus shuttingDown(QmpEvent event, Optional<String> reason) {
    return moveTo(VmState.SHUTTING_DOWN, causeOf(event).or(() -> reason), event);
  }

  /**
   * An I/O error that stops the VM (action {@code stop}): the STOP that follows names the
   * operation, where it failed and, when the event gives one, the reason.
   */
  VmStatus ioErrorStops(String operation, String where, Optional<String> reason) {
    return announce(
        "STOP", "I/O error: " + operation + " on " + where + reason.map(r -> ", " + r).orElse(""));
  }

  /**
   * A watchdog fired with {@code action} (its wire name): {@code reset}, {@code shutdown} and
   * {@code pause} announce the RESET, SHUTDOWN or STOP that follows. The others announce nothing:
   * debug, none, inject-nmi, poweroff (QEMU exits), and values newer than the bindings, kept as
   * sent.
   */
  VmStatus watchdogFired(String action) {
    String next = WATCHDOG_FOLLOWERS.get(action);
    return next == null ? status : announce(next, "watchdog: " + action);
  }

  /**
   * The next event named {@code eventName}, if it comes next, happened because of {@code cause}.
   */
  VmStatus announce(String eventName, String cause) {
    announced = Optional.of(new Announcement(eventName, cause));
    return status;
  }

  /**
   * The cause an earlier event announced for this one; any announcement is used up by the next
   * change.
   */
  private Optional<String> causeOf(QmpEvent event) {
    Optional<String> cause =
        announced.filter(a -> a.eventName().equals(event.eventName())).map(Announcement::cause);
    announced = Optional.empty();
    return cause;
  }

  private VmStatus moveTo(VmState state, Optional<String> cause, QmpEvent event) {
    VmStatus next = new VmStatus(state, cause);
    if (!next.equals(status)) { // a RESUME of a running VM changes nothing
      if (transitions.size() == VmFollower.KEPT_TRANSITIONS) {
        transitions.removeFirst();
      }
      transitions.addLast(
          new Transition(status.state(), next, event.eventName(), event.timestamp()));
      status = next;
    }
    return status;
  }
}
