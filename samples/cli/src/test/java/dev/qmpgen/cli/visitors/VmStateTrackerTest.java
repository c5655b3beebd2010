package dev.qmpgen.cli.visitors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.qmpgen.qemu.Events;
import org.junit.jupiter.api.Test;

/**
 * The tracker over the QEMU 7.2 bindings, whose SHUTDOWN, RESET and BLOCK_IO_ERROR carry reasons:
 * {@link TrackerContract}, and the events only these bindings type.
 */
class VmStateTrackerTest extends TrackerContract {

  VmStateTrackerTest() {
    super(Events.registry(), VmStateTracker::new);
  }

  @Test
  void aBlockIoErrorWithoutADeviceNameNamesItsNode() {
    assertEquals(
        "paused (I/O error: write on #block152, No space left on device)",
        feed(qemu.event("RESUME"), qemu.blockIoError("", "stop"), qemu.event("STOP")));
  }

  @Test
  void aGuestPanicThatPausesGivesTheFollowingStopItsCause() {
    assertEquals(
        "paused (guest panicked)",
        feed(
            qemu.event("RESUME"),
            qemu.event(
                "GUEST_PANICKED",
                "{\"action\": \"pause\", \"info\": {\"type\": \"hyper-v\", \"arg1\": 1, \"arg2\": 2,"
                    + " \"arg3\": 3, \"arg4\": 4, \"arg5\": 5}}"),
            qemu.event("STOP")));
  }

  @Test
  void aGuestPanicThatRunsOnChangesNothing() {
    assertEquals(
        "paused",
        feed(
            qemu.event("RESUME"),
            qemu.event("GUEST_PANICKED", "{\"action\": \"run\"}"),
            qemu.event("STOP")));
  }

  @Test
  void jobAndDeviceEventsChangeNothing() {
    assertEquals(
        "running",
        feed(
            qemu.event("RESUME"),
            qemu.event("JOB_STATUS_CHANGE", "{\"status\": \"running\", \"id\": \"mirror\"}"),
            qemu.event(
                "BLOCK_JOB_COMPLETED",
                "{\"device\": \"mirror\", \"len\": 1, \"offset\": 1, \"speed\": 0, \"type\": \"mirror\"}"),
            qemu.event(
                "DEVICE_DELETED",
                "{\"device\": \"keyboard\", \"path\": \"/machine/peripheral/keyboard\"}"),
            qemu.event("POWERDOWN")));
    assertEquals(1, tracker.transitions().size());
  }
}
