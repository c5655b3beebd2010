package dev.qmpgen.cli.visitors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.qmpgen.events.Events;
import org.junit.jupiter.api.Test;

/**
 * The tracker over the spec text's bindings, where QEMU's {@code reason} members are unknown
 * fields: {@link TrackerContract}, and the events as the spec's own examples write them.
 */
class SpecVmStateTrackerTest extends TrackerContract {

  SpecVmStateTrackerTest() {
    super(Events.registry(), SpecVmStateTracker::new);
  }

  @Test
  void shutdownFromTheSpecsOwnExampleHasNoCause() {
    assertEquals("shutting down", feed(qemu.event("SHUTDOWN")));
  }

  @Test
  void resetWhilePausedLeavesTheVmPaused() {
    assertEquals("paused (reset while paused)", feed(qemu.event("STOP"), qemu.event("RESET")));
    assertEquals("running", feed(qemu.event("RESUME")));
  }

  @Test
  void eventsTheBindingsDoNotKnowChangeNothing() {
    feed(qemu.event("RESUME"));

    assertEquals("running", tracker.follow(qemu.event("POWERDOWN")).toString());
  }
}
