package dev.qmpgen.cli.visitors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.qmpgen.qemu.Events;
import dev.qmpgen.qemu.KnownEvent;
import dev.qmpgen.runtime.QmpEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tracker over the QEMU 7.2 bindings, whose SHUTDOWN, RESET and BLOCK_IO_ERROR carry reasons.
 */
class VmStateTrackerTest {

  private final VmStateTracker tracker = new VmStateTracker();
  private final SentEvents qemu = new SentEvents(Events.registry());

  private String feed(QmpEvent... events) {
    for (QmpEvent event : events) {
      assertInstanceOf(KnownEvent.class, event, event::toString);
      tracker.follow(event);
    }
    return tracker.status().toString();
  }

  @Test
  void blockIoErrorWithActionStopGivesTheFollowingStopItsDeviceAndReason() {
    assertEquals("running", feed(qemu.event("RESUME"), qemu.blockIoError("virtio0", "stop")));

    assertEquals(
        "paused (I/O error: write on virtio0, No space left on device)", feed(qemu.event("STOP")));
  }

  @Test
  void aBlockIoErrorWithoutADeviceNameNamesItsNode() {
    assertEquals(
        "paused (I/O error: write on #block152, No space left on device)",
        feed(qemu.event("RESUME"), qemu.blockIoError("", "stop"), qemu.event("STOP")));
  }

  @Test
  void aReportedBlockIoErrorAnnouncesNothing() {
    assertEquals(
        "paused",
        feed(qemu.event("RESUME"), qemu.blockIoError("virtio0", "report"), qemu.event("STOP")));
  }

  @Test
  void shutdownAndResetCarryTheirTypedReason() {
    assertEquals(
        "reset (guest-reset)",
        feed(
            qemu.event("RESUME"),
            qemu.event("RESET", "{\"guest\": true, \"reason\": \"guest-reset\"}")));
    assertEquals(
        "shutting down (host-qmp-quit)",
        feed(qemu.event("SHUTDOWN", "{\"guest\": false, \"reason\": \"host-qmp-quit\"}")));
    // -no-shutdown: QEMU stops the VM after the SHUTDOWN; it is still shutting down.
    assertEquals("shutting down (host-qmp-quit)", feed(qemu.event("STOP")));
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
  void watchdogActionsAnnounceTheEventThatFollows() {
    assertEquals(
        "reset (watchdog: reset)",
        feed(
            qemu.event("RESUME"),
            qemu.event("WATCHDOG", "{\"action\": \"reset\"}"),
            qemu.event("RESET", "{\"guest\": true, \"reason\": \"watchdog\"}")));
    assertEquals(
        "paused (watchdog: pause)",
        feed(qemu.event("WATCHDOG", "{\"action\": \"pause\"}"), qemu.event("STOP")));
    assertEquals(
        "running",
        feed(
            qemu.event("RESUME"),
            qemu.event("WATCHDOG", "{\"action\": \"inject-nmi\"}"),
            qemu.event("RESUME")));
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

  @Test
  void transitionsRecordEachChangeAndTheEventThatMadeIt() {
    feed(
        qemu.event("RESUME"),
        qemu.blockIoError("virtio0", "stop"),
        qemu.event("STOP"),
        qemu.event("RESUME"));

    assertEquals(
        List.of(
            "unknown -RESUME-> running",
            "running -STOP-> paused (I/O error: write on virtio0, No space left on device)",
            "paused -RESUME-> running"),
        tracker.transitions().stream()
            .map(t -> t.from().words() + " -" + t.eventName() + "-> " + t.to())
            .toList());
  }
}
