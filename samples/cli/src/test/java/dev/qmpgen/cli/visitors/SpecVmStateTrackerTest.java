package dev.qmpgen.cli.visitors;

import static dev.qmpgen.cli.visitors.SpecLines.blockIoError;
import static dev.qmpgen.cli.visitors.SpecLines.event;
import static dev.qmpgen.cli.visitors.SpecLines.watchdog;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.qmpgen.runtime.QmpEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecVmStateTrackerTest {

  private final SpecVmStateTracker tracker = new SpecVmStateTracker();

  private String feed(QmpEvent... events) {
    for (QmpEvent event : events) {
      tracker.visit(event);
    }
    return tracker.status().toString();
  }

  @Test
  void knowsNothingBeforeTheFirstStateChange() {
    assertEquals(
        "unknown", feed(event("VNC_CONNECTED", vnc()), event("RTC_CHANGE", "{\"offset\": 78}")));
  }

  @Test
  void stopPausesAndResumeRuns() {
    assertEquals("paused", feed(event("STOP")));
    assertEquals("running", feed(event("RESUME")));
  }

  @Test
  void blockIoErrorWithActionStopPausesOnlyWhenTheStopFollows() {
    assertEquals("running", feed(event("RESUME"), blockIoError("stop")));

    assertEquals(
        "paused (I/O error: write on virtio0, No space left on device)", feed(event("STOP")));
  }

  @Test
  void blockIoErrorThatIsOnlyReportedGivesALaterStopNoCause() {
    assertEquals("paused", feed(event("RESUME"), blockIoError("report"), event("STOP")));
  }

  @Test
  void anAnnouncedCauseIsUsedUpByTheNextChange() {
    assertEquals("paused", feed(blockIoError("stop"), event("RESUME"), event("STOP")));
  }

  @Test
  void shutdownCarriesQemuReasonAndAFollowingStopKeepsIt() {
    String shutdown = "{\"guest\": false, \"reason\": \"host-qmp-quit\"}";

    assertEquals(
        "shutting down (host-qmp-quit)", feed(event("RESUME"), event("SHUTDOWN", shutdown)));
    // -no-shutdown: "a STOP event will eventually follow the SHUTDOWN event"
    assertEquals("shutting down (host-qmp-quit)", feed(event("STOP")));
  }

  @Test
  void shutdownFromTheSpecsOwnExampleHasNoCause() {
    assertEquals("shutting down", feed(event("SHUTDOWN")));
  }

  @Test
  void watchdogActionsAnnounceTheEventThatFollows() {
    assertEquals(
        "reset (watchdog: reset)", feed(event("RESUME"), watchdog("reset"), event("RESET")));
    assertEquals("paused (watchdog: pause)", feed(watchdog("pause"), event("STOP")));
    assertEquals("running", feed(event("RESUME"), watchdog("shutdown"), event("RESUME")));
  }

  @Test
  void watchdogValueTheSpecDoesNotListChangesNothing() {
    assertEquals(
        "running", feed(event("RESUME"), watchdog("inject-nmi"), event("VNC_CONNECTED", vnc())));
  }

  @Test
  void resetCarriesQemuReason() {
    assertEquals(
        "reset (guest-reset)",
        feed(event("RESUME"), event("RESET", "{\"guest\": true, \"reason\": \"guest-reset\"}")));
  }

  @Test
  void resetWhilePausedLeavesTheVmPaused() {
    assertEquals("paused (reset while paused)", feed(event("STOP"), event("RESET")));
    assertEquals("running", feed(event("RESUME")));
  }

  @Test
  void unknownEventsChangeNothing() {
    assertEquals("running", feed(event("RESUME"), event("POWERDOWN")));
  }

  @Test
  void transitionsRecordEachChangeAndTheEventThatMadeIt() {
    feed(
        event("RESUME"),
        blockIoError("stop"),
        event("STOP"),
        event("VNC_CONNECTED", vnc()),
        event("RESUME"));

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
    feed(event("RESUME"), event("RESUME"), event("STOP"), event("STOP"));

    assertEquals(2, tracker.transitions().size());
  }

  @Test
  void startsFromAStateTheCallerKnows() {
    assertEquals("paused", new SpecVmStateTracker(VmState.PAUSED).status().toString());
  }

  private static String vnc() {
    return "{\"server\": {\"host\": \"127.0.0.1\", \"service\": \"5900\", \"family\": \"ipv4\", \"websocket\": false, "
        + "\"auth\": \"none\"}, \"client\": {\"host\": \"127.0.0.1\", \"service\": \"40522\", \"family\": \"ipv4\", "
        + "\"websocket\": false}}";
  }
}
