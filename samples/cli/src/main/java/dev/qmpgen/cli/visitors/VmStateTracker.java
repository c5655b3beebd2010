package dev.qmpgen.cli.visitors;

import dev.qmpgen.qemu.BlockAction;
import dev.qmpgen.qemu.BlockIoError;
import dev.qmpgen.qemu.EventVisitorAdapter;
import dev.qmpgen.qemu.GuestAction;
import dev.qmpgen.qemu.GuestPanicked;
import dev.qmpgen.qemu.Reset;
import dev.qmpgen.qemu.Resume;
import dev.qmpgen.qemu.Shutdown;
import dev.qmpgen.qemu.Stop;
import dev.qmpgen.qemu.Watchdog;
import dev.qmpgen.runtime.QmpEvent;
import java.util.Optional;

/**
 * Follows a VM through running, paused, shutting down and reset, from the events of the bundled
 * QEMU 7.2 bindings ({@code dev.qmpgen.qemu}), where SHUTDOWN and RESET carry their {@code reason}
 * and BLOCK_IO_ERROR its {@code reason} as typed members.
 *
 * <p>Announcements (see {@link VmLifecycle}): BLOCK_IO_ERROR with action {@code stop} and a
 * GUEST_PANICKED with action {@code pause} or {@code poweroff} are followed by a STOP, a WATCHDOG's
 * {@code reset}, {@code shutdown} or {@code pause} by a RESET, SHUTDOWN or STOP. Events that change
 * nothing (jobs, devices, VNC) go to the adapter's fallback, which {@link LifecycleFollower}
 * answers. Not thread-safe.
 */
public final class VmStateTracker extends LifecycleFollower
    implements EventVisitorAdapter<VmStatus> {

  /** A tracker that knows nothing yet. */
  public VmStateTracker() {
    this(VmStatus.of(VmState.UNKNOWN));
  }

  /**
   * A tracker for a VM known to be in {@code initial}, from {@code query-status} for instance, with
   * the cause when one is known.
   */
  public VmStateTracker(VmStatus initial) {
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
    return lifecycle.reset(event, Optional.of(event.reason().wireName()));
  }

  @Override
  public VmStatus visitShutdown(Shutdown event) {
    return lifecycle.shuttingDown(event, Optional.of(event.reason().wireName()));
  }

  @Override
  public VmStatus visitBlockIoError(BlockIoError event) {
    if (event.action().known().equals(Optional.of(BlockAction.STOP))) {
      // QEMU 7.2 leaves "device" empty for a node without a BlockBackend name; the node names it
      // then.
      String where = event.device().isEmpty() ? event.nodeName().orElse("?") : event.device();
      return lifecycle.ioErrorStops(
          event.operation().wireName(), where, Optional.of(event.reason()));
    }
    return lifecycle.status();
  }

  @Override
  public VmStatus visitGuestPanicked(GuestPanicked event) {
    // QEMU stops the VM after announcing "pause", and after "poweroff" before shutting it down.
    Optional<GuestAction> action = event.action().known();
    if (action.equals(Optional.of(GuestAction.PAUSE))
        || action.equals(Optional.of(GuestAction.POWEROFF))) {
      return lifecycle.announce("STOP", "guest panicked");
    }
    return lifecycle.status();
  }

  @Override
  public VmStatus visitWatchdog(Watchdog event) {
    // By wire name: a value these bindings do not list (a newer QEMU's) announces nothing.
    return lifecycle.watchdogFired(event.action().wireName());
  }
}
