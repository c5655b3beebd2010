package dev.qmpgen.cli.visitors;

import dev.qmpgen.cli.json.JsonText;
import dev.qmpgen.events.BlockIoError;
import dev.qmpgen.events.EventVisitorAdapter;
import dev.qmpgen.events.Reset;
import dev.qmpgen.events.Resume;
import dev.qmpgen.events.Shutdown;
import dev.qmpgen.events.Stop;
import dev.qmpgen.events.Watchdog;
import dev.qmpgen.runtime.QmpEvent;
import dev.qmpgen.runtime.RawJson;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link VmStateTracker}'s reading for the bindings of the spec text ({@code dev.qmpgen.events}),
 * which know 10 events and keep what QEMU added since (its {@code reason} members) as unknown
 * fields. Events that change nothing (VNC, RTC) go to the adapter's fallback.
 */
public final class SpecVmStateTracker implements EventVisitorAdapter<VmStatus>, VmFollower {

  private final VmLifecycle lifecycle;

  /** A tracker that knows nothing yet. */
  public SpecVmStateTracker() {
    this(VmState.UNKNOWN);
  }

  /** A tracker for a VM known to be in {@code initial}, from {@code query-status} for instance. */
  public SpecVmStateTracker(VmState initial) {
    this(VmStatus.of(initial));
  }

  /** A tracker for a VM known to be in {@code initial}, with the cause when one is known. */
  public SpecVmStateTracker(VmStatus initial) {
    this.lifecycle = new VmLifecycle(initial);
  }

  @Override
  public VmStatus follow(QmpEvent event) {
    return visit(event);
  }

  @Override
  public VmStatus status() {
    return lifecycle.status();
  }

  @Override
  public List<Transition> transitions() {
    return lifecycle.transitions();
  }

  @Override
  public VmStatus visitStop(Stop event) {
    return lifecycle.stopped(event);
  }

  @Override
  public VmStatus visitResume(Resume event) {
    return lifecycle.resumed(event);
  }

  @Override
  public VmStatus visitReset(Reset event) {
    return lifecycle.reset(event, reason(event.unknownFields()));
  }

  @Override
  public VmStatus visitShutdown(Shutdown event) {
    return lifecycle.shuttingDown(event, reason(event.unknownFields()));
  }

  @Override
  public VmStatus visitBlockIoError(BlockIoError event) {
    if (event.action() == BlockIoError.Action.STOP) {
      return lifecycle.announce(
          "STOP",
          "I/O error: "
              + event.operation().wireName()
              + " on "
              + event.device()
              + reason(event.unknownFields()).map(r -> ", " + r).orElse(""));
    }
    return lifecycle.status();
  }

  @Override
  public VmStatus visitWatchdog(Watchdog event) {
    // A value the spec does not list (QEMU 7.2's inject-nmi) is kept, and announces nothing.
    return event
        .action()
        .known()
        .map(
            action ->
                switch (action) {
                  case RESET -> lifecycle.announce("RESET", "watchdog: " + action.wireName());
                  case SHUTDOWN -> lifecycle.announce("SHUTDOWN", "watchdog: " + action.wireName());
                  case PAUSE -> lifecycle.announce("STOP", "watchdog: " + action.wireName());
                  default ->
                      lifecycle.status(); // debug, none, poweroff (QEMU exits): no event follows
                })
        .orElse(lifecycle.status());
  }

  @Override
  public VmStatus fallback(QmpEvent event) {
    return lifecycle.status();
  }

  /** QEMU 6.0 and later add a "reason" member the spec does not list; the bindings keep it. */
  private static Optional<String> reason(Map<String, RawJson> unknownFields) {
    return Optional.ofNullable(unknownFields.get("reason")).map(RawJson::json).map(JsonText::plain);
  }
}
