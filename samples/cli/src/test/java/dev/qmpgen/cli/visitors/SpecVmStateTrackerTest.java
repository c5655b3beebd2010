package dev.qmpgen.cli.visitors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.qmpgen.events.Events;
import dev.qmpgen.runtime.QmpEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecVmStateTrackerTest {

  private final SpecVmStateTracker tracker = new SpecVmStateTracker();
  private final SentEvents spec = new SentEvents(Events.registry());

  private String feed(QmpEvent... events) {
    for (QmpEvent event : events) {
      tracker.visit(event);
    }
    return tracker.status().toString();
  }

  @Test
  void knowsNothingBeforeTheFirstStateChange() {
    assertEquals(
        "unknown",
        feed(spec.event("VNC_CONNECTED", vnc()), spec.event("RTC_CHANGE", "{\"offset\": 78}")));
  }

  @Test
  void stopPausesAndResumeRuns() {
    assertEquals("paused", feed(spec.event("STOP")));
    assertEquals("running", feed(spec.event("RESUME")));
  }

  @Test
  void blockIoErrorWithActionStopPausesOnlyWhenTheStopFollows() {
    assertEquals("running", feed(spec.event("RESUME"), spec.blockIoError("virtio0", "stop")));

    assertEquals(
        "paused (I/O error: write on virtio0, No space left on device)", feed(spec.event("STOP")));
  }

  @Test
  void blockIoErrorThatIsOnlyReportedGivesALaterStopNoCause() {
    assertEquals(
        "paused",
        feed(spec.event("RESUME"), spec.blockIoError("virtio0", "report"), spec.event("STOP")));
  }

  @Test
  void anAnnouncedCauseIsUsedUpByTheNextChange() {
    assertEquals(
        "paused",
        feed(spec.blockIoError("virtio0", "stop"), spec.event("RESUME"), spec.event("STOP")));
  }

  @Test
  void shutdownCarriesQemuReasonAndAFollowingStopKeepsIt() {
    String shutdown = "{\"guest\": false, \"reason\": \"host-qmp-quit\"}";

    assertEquals(
        "shutting down (host-qmp-quit)",
        feed(spec.event("RESUME"), spec.event("SHUTDOWN", shutdown)));
    // -no-shutdown: "a STOP event will eventually follow the SHUTDOWN event"
    assertEquals("shutting down (host-qmp-quit)", feed(spec.event("STOP")));
  }

  @Test
  void shutdownFromTheSpecsOwnExampleHasNoCause() {
    assertEquals("shutting down", feed(spec.event("SHUTDOWN")));
  }

  @Test
  void watchdogActionsAnnounceTheEventThatFollows() {
    assertEquals(
        "reset (watchdog: reset)",
        feed(spec.event("RESUME"), spec.watchdog("reset"), spec.event("RESET")));
    assertEquals("paused (watchdog: pause)", feed(spec.watchdog("pause"), spec.event("STOP")));
    assertEquals(
        "running", feed(spec.event("RESUME"), spec.watchdog("shutdown"), spec.event("RESUME")));
  }

  @Test
  void watchdogValueTheSpecDoesNotListChangesNothing() {
    assertEquals(
        "running",
        feed(
            spec.event("RESUME"), spec.watchdog("inject-nmi"), spec.event("VNC_CONNECTED", vnc())));
  }

  @Test
  void resetCarriesQemuReason() {
    assertEquals(
        "reset (guest-reset)",
        feed(
            spec.event("RESUME"),
            spec.event("RESET", "{\"guest\": true, \"reason\": \"guest-reset\"}")));
  }

  @Test
  void resetWhilePausedLeavesTheVmPaused() {
    assertEquals("paused (reset while paused)", feed(spec.event("STOP"), spec.event("RESET")));
    assertEquals("running", feed(spec.event("RESUME")));
  }

  @Test
  void unknownEventsChangeNothing() {
    assertEquals("running", feed(spec.event("RESUME"), spec.event("POWERDOWN")));
  }

  @Test
  void transitionsRecordEachChangeAndTheEventThatMadeIt() {
    feed(
        spec.event("RESUME"),
        spec.blockIoError("virtio0", "stop"),
        spec.event("STOP"),
        spec.event("VNC_CONNECTED", vnc()),
        spec.event("RESUME"));

    List<String> transitions =
        tracker.transitions().stream()
            .map(t -> t.from().words() + " -" + t.eventName() + "-> " + t.to())
            .toList();
    assertEquals(
        List.of(
            "unknown -RESUME-> running",
            "running -STOP-> paused (I/O error: write on virtio0, No space left on device)",
            "paused -RESUME-> running"),
        transitions);
  }

  @Test
  void eventsThatConfirmTheStateAreNoTransition() {
    feed(spec.event("RESUME"), spec.event("RESUME"), spec.event("STOP"), spec.event("STOP"));

    assertEquals(2, tracker.transitions().size());
  }

  @Test
  void startsFromAStateTheCallerKnows() {
    assertEquals("paused", new SpecVmStateTracker(VmStatus.of(VmState.PAUSED)).status().toString());
  }

  private static String vnc() {
    return "{\"server\": {\"host\": \"127.0.0.1\", \"service\": \"5900\", \"family\": \"ipv4\", \"websocket\": false, "
        + "\"auth\": \"none\"}, \"client\": {\"host\": \"127.0.0.1\", \"service\": \"40522\", \"family\": \"ipv4\", "
        + "\"websocket\": false}}";
  }
}
