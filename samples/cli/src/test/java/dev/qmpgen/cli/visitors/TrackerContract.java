package dev.qmpgen.cli.visitors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.qmpgen.runtime.EventRegistry;
import dev.qmpgen.runtime.FailedEvent;
import dev.qmpgen.runtime.QmpEvent;
import dev.qmpgen.runtime.UnknownEvent;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * What both trackers do alike, whichever bindings decode the events: each tracker's test runs these
 * against it, with events as QEMU 7.2 sends them, and adds what only its bindings show.
 */
abstract class TrackerContract {

  final SentEvents qemu;
  private final Function<VmStatus, VmFollower> trackers;
  final VmFollower tracker;

  TrackerContract(EventRegistry registry, Function<VmStatus, VmFollower> trackers) {
    this.qemu = new SentEvents(registry);
    this.trackers = trackers;
    this.tracker = trackers.apply(VmStatus.of(VmState.UNKNOWN));
  }

  /** Follows {@code events}, each typed by the bindings (a mistyped test line fails here). */
  final String feed(QmpEvent... events) {
    for (QmpEvent event : events) {
      assertFalse(event instanceof UnknownEvent || event instanceof FailedEvent, event::toString);
      tracker.follow(event);
    }
    return tracker.status().toString();
  }

  @Test
  void knowsNothingBeforeTheFirstStateChange() {
    assertEquals(
        "unknown",
        feed(
            qemu.event("VNC_CONNECTED", vnc()),
            qemu.event(
                "RTC_CHANGE",
                "{\"offset\": 78, \"qom-path\": \"/machine/unattached/device[8]\"}")));
  }

  @Test
  void stopPausesAndResumeRuns() {
    assertEquals("paused", feed(qemu.event("STOP")));
    assertEquals("running", feed(qemu.event("RESUME")));
  }

  @Test
  void blockIoErrorWithActionStopGivesTheFollowingStopItsDeviceAndReason() {
    assertEquals("running", feed(qemu.event("RESUME"), qemu.blockIoError("virtio0", "stop")));

    assertEquals(
        "paused (I/O error: write on virtio0, No space left on device)", feed(qemu.event("STOP")));
  }

  @Test
  void aReportedBlockIoErrorAnnouncesNothing() {
    assertEquals(
        "paused",
        feed(qemu.event("RESUME"), qemu.blockIoError("virtio0", "report"), qemu.event("STOP")));
  }

  @Test
  void anAnnouncedCauseIsUsedUpByTheNextChange() {
    assertEquals(
        "paused",
        feed(qemu.blockIoError("virtio0", "stop"), qemu.event("RESUME"), qemu.event("STOP")));
  }

  @Test
  void shutdownCarriesQemusReasonAndAFollowingStopKeepsIt() {
    assertEquals(
        "shutting down (host-qmp-quit)",
        feed(
            qemu.event("RESUME"),
            qemu.event("SHUTDOWN", "{\"guest\": false, \"reason\": \"host-qmp-quit\"}")));
    // -no-shutdown: "a STOP event will eventually follow the SHUTDOWN event"; still shutting down.
    assertEquals("shutting down (host-qmp-quit)", feed(qemu.event("STOP")));
  }

  @Test
  void resetCarriesQemusReason() {
    assertEquals(
        "reset (guest-reset)",
        feed(
            qemu.event("RESUME"),
            qemu.event("RESET", "{\"guest\": true, \"reason\": \"guest-reset\"}")));
  }

  @Test
  void watchdogActionsAnnounceTheEventThatFollows() {
    assertEquals(
        "reset (watchdog: reset)",
        feed(
            qemu.event("RESUME"),
            qemu.watchdog("reset"),
            qemu.event("RESET", "{\"guest\": true, \"reason\": \"watchdog\"}")));
    assertEquals("paused (watchdog: pause)", feed(qemu.watchdog("pause"), qemu.event("STOP")));
    assertEquals(
        "running", feed(qemu.event("RESUME"), qemu.watchdog("shutdown"), qemu.event("RESUME")));
  }

  @Test
  void aWatchdogActionThatNoEventFollowsAnnouncesNothing() {
    // inject-nmi: QEMU 7.2 sends it, the spec does not list it; neither is followed by an event.
    assertEquals(
        "paused", feed(qemu.event("RESUME"), qemu.watchdog("inject-nmi"), qemu.event("STOP")));
    assertEquals(
        "running", feed(qemu.event("RESUME"), qemu.watchdog("none"), qemu.event("RESUME")));
  }

  @Test
  void transitionsRecordEachChangeAndTheEventThatMadeIt() {
    feed(
        qemu.event("RESUME"),
        qemu.blockIoError("virtio0", "stop"),
        qemu.event("STOP"),
        qemu.event("VNC_CONNECTED", vnc()),
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

  @Test
  void eventsThatConfirmTheStateAreNoTransition() {
    feed(qemu.event("RESUME"), qemu.event("RESUME"), qemu.event("STOP"), qemu.event("STOP"));

    assertEquals(2, tracker.transitions().size());
  }

  @Test
  void startsFromAStateTheCallerKnows() {
    assertEquals("paused", trackers.apply(VmStatus.of(VmState.PAUSED)).status().toString());
  }

  private static String vnc() {
    return "{\"server\": {\"host\": \"127.0.0.1\", \"service\": \"5900\", \"family\": \"ipv4\", \"websocket\": false, "
        + "\"auth\": \"none\"}, \"client\": {\"host\": \"127.0.0.1\", \"service\": \"40522\", \"family\": \"ipv4\", "
        + "\"websocket\": false}}";
  }
}
