package dev.qmpgen.cli.visitors;

import dev.qmpgen.events.BlockIoError;
import dev.qmpgen.events.EventVisitorAdapter;
import dev.qmpgen.events.Reset;
import dev.qmpgen.events.Resume;
import dev.qmpgen.events.Shutdown;
import dev.qmpgen.events.Stop;
import dev.qmpgen.events.Watchdog;
import dev.qmpgen.cli.json.JsonText;
import dev.qmpgen.runtime.QmpEvent;
import dev.qmpgen.runtime.RawJson;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Follows a VM through running, paused, shutting down and reset, from its events.
 *
 * <p>The spec's notes say which events announce others: a BLOCK_IO_ERROR with action {@code stop}
 * is followed by a STOP, a WATCHDOG's {@code reset}, {@code shutdown} or {@code pause} by a RESET,
 * SHUTDOWN or STOP, and with {@code -no-shutdown} a SHUTDOWN by a STOP. The tracker remembers such
 * an announcement and gives the announced event its cause. Events that change nothing (VNC, RTC)
 * go to the adapter's fallback. One tracker follows one VM; it is not thread-safe.
 */
public final class VmStateTracker implements EventVisitorAdapter<VmStatus> {

  /** An event announced by the one before it, and the cause it will carry. */
  private record Announcement(String eventName, String cause) {}

  /** How many transitions {@link #transitions()} keeps: a tracker may follow a VM for months. */
  public static final int KEPT_TRANSITIONS = 100;

  private VmStatus status;
  private Optional<Announcement> announced = Optional.empty();
  private final ArrayDeque<Transition> transitions = new ArrayDeque<>();

  /** A tracker that knows nothing yet. */
  public VmStateTracker() {
    this(VmState.UNKNOWN);
  }

  /** A tracker for a VM known to be in {@code initial}, from {@code query-status} for instance. */
  public VmStateTracker(VmState initial) {
    this(VmStatus.of(initial));
  }

  /** A tracker for a VM known to be in {@code initial}, with the cause when one is known. */
  public VmStateTracker(VmStatus initial) {
    this.status = java.util.Objects.requireNonNull(initial, "initial");
  }

  /** The state after the events seen so far. */
  public VmStatus status() {
    return status;
  }

  /** The latest changes of state or of its cause, at most {@value #KEPT_TRANSITIONS}, oldest first. */
  public List<Transition> transitions() {
    return List.copyOf(transitions);
  }

  @Override
  public VmStatus visitStop(Stop event) {
    if (status.state() == VmState.SHUTTING_DOWN) {
      // "-no-shutdown": the guest is off and QEMU keeps the VM stopped; it is still shutting down.
      announced = Optional.empty();
      return status;
    }
    return moveTo(VmState.PAUSED, causeOf(event), event);
  }

  @Override
  public VmStatus visitResume(Resume event) {
    return moveTo(VmState.RUNNING, causeOf(event), event);
  }

  @Override
  public VmStatus visitReset(Reset event) {
    Optional<String> cause = causeOf(event).or(() -> reason(event.unknownFields()));
    if (status.state() == VmState.PAUSED) {
      // system_reset on a stopped VM resets it but leaves it stopped until "cont".
      return moveTo(VmState.PAUSED, Optional.of("reset while paused" + cause.map(c -> ": " + c).orElse("")), event);
    }
    return moveTo(VmState.RESET, cause, event);
  }

  @Override
  public VmStatus visitShutdown(Shutdown event) {
    return moveTo(VmState.SHUTTING_DOWN, causeOf(event).or(() -> reason(event.unknownFields())), event);
  }

  @Override
  public VmStatus visitBlockIoError(BlockIoError event) {
    if (event.action() == BlockIoError.Action.STOP) {
      String cause = "I/O error: " + event.operation().wireName() + " on " + event.device()
          + reason(event.unknownFields()).map(r -> ", " + r).orElse("");
      announced = Optional.of(new Announcement("STOP", cause));
    }
    return status;
  }

  @Override
  public VmStatus visitWatchdog(Watchdog event) {
    // A value the spec does not list (QEMU 7.2's inject-nmi) is kept, and announces nothing.
    event.action().known().ifPresent(action -> {
      String next = switch (action) {
        case RESET -> "RESET";
        case SHUTDOWN -> "SHUTDOWN";
        case PAUSE -> "STOP";
        default -> ""; // debug, none, poweroff (QEMU exits): no event follows
      };
      if (!next.isEmpty()) {
        announced = Optional.of(new Announcement(next, "watchdog: " + action.wireName()));
      }
    });
    return status;
  }

  @Override
  public VmStatus fallback(QmpEvent event) {
    return status;
  }

  /** The cause an earlier event announced for this one; any announcement is used up by the next change. */
  private Optional<String> causeOf(QmpEvent event) {
    Optional<String> cause = announced.filter(a -> a.eventName().equals(event.eventName())).map(Announcement::cause);
    announced = Optional.empty();
    return cause;
  }

  /** QEMU 6.0 and later add a "reason" member the spec does not list; the bindings keep it. */
  private static Optional<String> reason(Map<String, RawJson> unknownFields) {
    return Optional.ofNullable(unknownFields.get("reason")).map(RawJson::json).map(JsonText::plain);
  }

  private VmStatus moveTo(VmState state, Optional<String> cause, QmpEvent event) {
    VmStatus next = new VmStatus(state, cause);
    if (!next.equals(status)) { // a RESUME of a running VM changes nothing
      if (transitions.size() == KEPT_TRANSITIONS) {
        transitions.removeFirst();
      }
      transitions.addLast(new Transition(status.state(), next, event.eventName(), event.timestamp()));
      status = next;
    }
    return status;
  }
}
