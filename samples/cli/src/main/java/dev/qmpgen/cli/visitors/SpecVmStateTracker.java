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
import java.util.Map;
import java.util.Optional;

/**
 * {@link VmStateTracker}'s reading for the bindings of the spec text ({@code dev.qmpgen.events}),
 * which know 10 events and keep what QEMU added since (its {@code reason} members) as unknown
 * fields. Events that change nothing (VNC, RTC) go to the adapter's fallback, which {@link
 * LifecycleFollower} answers.
 */
public final class SpecVmStateTracker extends LifecycleFollower
    implements EventVisitorAdapter<VmStatus> {

  /** A tracker that knows nothing yet. */
  public SpecVmStateTracker() {
    this(VmStatus.of(VmState.UNKNOWN));
  }

  /**
   * A tracker for a VM known to be in {@code initial}, from {@code query-status} for instance, with
   * the cause when one is known.
   */
  public SpecVmStateTracker(VmStatus initial) {
    super(initial);
  }

  @Override
  public VmStatus follow(QmpEvent event) {
    return visit(event);
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
      return lifecycle.ioErrorStops(
          event.operation().wireName(), event.device(), reason(event.unknownFields()));
    }
    return lifecycle.status();
  }

  @Override
  public VmStatus visitWatchdog(Watchdog event) {
    // By wire name: a value the spec does not list (QEMU 7.2's inject-nmi) announces nothing.
    return lifecycle.watchdogFired(event.action().wireName());
  }

  /** QEMU 6.0 and later add a "reason" member the spec does not list; the bindings keep it. */
  private static Optional<String> reason(Map<String, RawJson> unknownFields) {
    return Optional.ofNullable(unknownFields.get("reason")).map(RawJson::json).map(JsonText::plain);
  }
}
