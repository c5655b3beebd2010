package com.example.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.example.vm.events.BalloonChange;
import com.example.vm.events.Events;
import dev.qmpgen.runtime.QmpEvent;
import dev.qmpgen.runtime.UnknownEvent;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Proof that this build's spec text, not the bundled one, made its bindings. */
class BalloonWatcherTest {

  private static final String BALLOON_CHANGE =
      "{\"timestamp\": {\"seconds\": 1700000600, \"microseconds\": 5}, "
          + "\"event\": \"BALLOON_CHANGE\", \"data\": {\"actual\": 1073741824}}";

  @Test
  void theEventAddedToTheSpecTextDecodesToItsOwnRecord() {
    QmpEvent event = Events.registry().decode(BALLOON_CHANGE);

    BalloonChange balloon = assertInstanceOf(BalloonChange.class, event);
    assertEquals(new BigDecimal(1073741824), balloon.actual());
    assertEquals(1700000600L, balloon.timestamp().seconds());
    assertEquals(BALLOON_CHANGE.replace(" ", ""), Events.registry().encode(event));
  }

  @Test
  void theBundledBindingsStillSeeItAsAnUnknownEvent() {
    assertInstanceOf(
        UnknownEvent.class, dev.qmpgen.events.Events.registry().decode(BALLOON_CHANGE));
  }

  @Test
  void theseBindingsKnowEveryBundledEventPlusTheAddedOne() {
    Set<String> expected = new HashSet<>(dev.qmpgen.events.Events.registry().eventNames());
    expected.add("BALLOON_CHANGE");

    assertEquals(expected, Events.registry().eventNames());
  }

  @Test
  void clientCodeVisitsTheNewEventAndFallsBackForTheRest() {
    BalloonWatcher watcher = new BalloonWatcher();

    assertEquals(
        Optional.of("guest memory balloon now 1024 MiB"),
        watcher.visit(Events.registry().decode(BALLOON_CHANGE)));
    assertEquals(Optional.of(new BigDecimal(1073741824)), watcher.actualBytes());
    assertEquals(
        Optional.empty(),
        watcher.visit(
            Events.registry()
                .decode(
                    "{\"timestamp\": {\"seconds\": 1700000601, \"microseconds\": 0}, \"event\": \"STOP\"}")));
    assertEquals(
        Optional.of("guest reset; waiting for its balloon driver"),
        watcher.visit(
            Events.registry()
                .decode(
                    "{\"timestamp\": {\"seconds\": 1700000602, \"microseconds\": 0}, \"event\": \"RESET\"}")));
    assertEquals(Optional.empty(), watcher.actualBytes());
  }
}
