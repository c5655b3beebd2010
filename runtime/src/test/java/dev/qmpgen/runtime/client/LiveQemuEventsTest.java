package dev.qmpgen.runtime.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.qmpgen.runtime.EventDecoding;
import dev.qmpgen.runtime.EventRegistry;
import dev.qmpgen.runtime.QmpEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Makes the installed QEMU send every event it can without a guest OS, and checks each line it sent
 * against the bindings. Three machines, each with a second QMP monitor ({@link MonitorTap}) that
 * records the event lines exactly as QEMU wrote them: {@link GuestDrivenEvents} (a tiny firmware
 * does a guest's I/O), {@link HostDrivenEvents} (block jobs, exports, netdevs, dumps) and {@link
 * FailoverEvents} (virtio-net failover and migration). Skipped without QEMU or qemu-img, failed
 * without them when {@code CI=true}.
 *
 * <p>The traffic is checked in as {@code src/test/resources/qemu-7.2-traffic.jsonl}, one raw event
 * line per line, for tests and benchmarks that need real QEMU 7.2 lines without a QEMU. To
 * re-record it from the installed QEMU 7.2, run this test with {@code -Dqemu.traffic.record=true}:
 *
 * <pre>{@code
 * mvn -B -o -pl runtime -am verify -Dtest=LiveQemuEventsTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dqemu.traffic.record=true
 * }</pre>
 */
class LiveQemuEventsTest {

  static final Duration WAIT = Duration.ofSeconds(10);
  static final QmpClientOptions OPTIONS =
      QmpClientOptions.defaults(registry()).withConnectTimeout(WAIT).withCommandTimeout(WAIT);

  /** Every event name the two scenarios make QEMU 7.2 send. */
  static final Set<String> EXPECTED =
      Stream.concat(
              GuestDrivenEvents.PHASE_1_EVENTS.stream(),
              Stream.of(
                  // the rest of the guest-driven ones, and what the host does to that machine
                  "WAKEUP",
                  "BLOCK_IO_ERROR",
                  "STOP",
                  "RESET",
                  "SUSPEND_DISK",
                  "SHUTDOWN",
                  "VNC_CONNECTED",
                  "VNC_INITIALIZED",
                  "VNC_DISCONNECTED",
                  "SPICE_CONNECTED",
                  "SPICE_INITIALIZED",
                  "SPICE_DISCONNECTED",
                  "DEVICE_TRAY_MOVED",
                  "DEVICE_DELETED",
                  "POWERDOWN",
                  "MIGRATION",
                  "MIGRATION_PASS",
                  "MEMORY_DEVICE_SIZE_CHANGE",
                  // host-driven
                  "JOB_STATUS_CHANGE",
                  "BLOCK_JOB_COMPLETED",
                  "BLOCK_JOB_READY",
                  "BLOCK_JOB_PENDING",
                  "BLOCK_JOB_CANCELLED",
                  "BLOCK_JOB_ERROR",
                  "BLOCK_WRITE_THRESHOLD",
                  "BLOCK_IMAGE_CORRUPTED",
                  "QUORUM_REPORT_BAD",
                  "QUORUM_FAILURE",
                  "BLOCK_EXPORT_DELETED",
                  "NETDEV_STREAM_CONNECTED",
                  "NETDEV_STREAM_DISCONNECTED",
                  "PR_MANAGER_STATUS_CHANGED",
                  "DUMP_COMPLETED",
                  // virtio-net failover on Q35
                  "FAILOVER_NEGOTIATED",
                  "UNPLUG_PRIMARY"))
          .collect(Collectors.toUnmodifiableSet());

  /** Tests run with the runtime module as working directory. */
  private static final Path RECORDING =
      Path.of("src", "test", "resources", "qemu-7.2-traffic.jsonl");

  @TempDir Path dir;

  /**
   * The registry the lines decode through: the bindings generated from QEMU 7.2's own schema, under
   * which every event QEMU sends must decode to its typed record.
   */
  static EventRegistry registry() {
    return dev.qmpgen.qemu.Events.registry();
  }

  @AfterEach
  void noThreadsLeft() throws InterruptedException {
    ClientThreads.assertNoneLeft();
  }

  @Test
  void qemuSendsEveryEventItCanWithoutAGuestOsAndEveryLineReencodesJsonEqual() throws Exception {
    HostDrivenEvents.requireQemuImg();
    MonitorTap.Recording guest = GuestDrivenEvents.record(dir.resolve("guest"));
    MonitorTap.Recording host = HostDrivenEvents.record(dir.resolve("host"));
    MonitorTap.Recording failover = FailoverEvents.record(dir.resolve("failover"));
    List<String> lines = new ArrayList<>(guest.lines());
    lines.addAll(host.lines());
    lines.addAll(failover.lines());

    assertSentEveryExpectedEvent(lines);
    assertEveryLineDecodesAndReencodesJsonEqual(lines);
    if (Boolean.getBoolean("qemu.traffic.record")) {
      assertTrue(
          guest.qemuVersion().startsWith("7.2."),
          "the recording is of QEMU 7.2, not " + guest.qemuVersion());
      Files.write(RECORDING, lines, StandardCharsets.UTF_8);
    }
  }

  @Test
  void theRecordedTrafficHoldsEveryExpectedEventAndEveryLineReencodesJsonEqual()
      throws IOException {
    List<String> lines = Files.readAllLines(RECORDING, StandardCharsets.UTF_8);

    assertSentEveryExpectedEvent(lines);
    assertEveryLineDecodesAndReencodesJsonEqual(lines);
  }

  private static void assertSentEveryExpectedEvent(List<String> lines) {
    Set<String> sent = new TreeSet<>();
    lines.forEach(line -> sent.add(MonitorTap.tree(line).path("event").asString()));
    Set<String> missing = new TreeSet<>(EXPECTED);
    missing.removeAll(sent);
    assertEquals(Set.of(), missing, "expected events QEMU did not send; it sent " + sent);
  }

  private static void assertEveryLineDecodesAndReencodesJsonEqual(List<String> lines) {
    EventRegistry registry = registry();
    for (String line : lines) {
      QmpEvent event = registry.decode(line, EventDecoding.LENIENT);
      if (!(event instanceof dev.qmpgen.qemu.KnownEvent)) {
        fail("not decoded to its typed record: " + event + "\n  QEMU sent: " + line);
      }
      String encoded = registry.encode(event);
      if (!MonitorTap.tree(encoded).equals(MonitorTap.tree(line))) {
        fail(
            "re-encoding changed the line\n  QEMU sent: "
                + line
                + "\n  encoded:   "
                + encoded
                + "\n  decoded:   "
                + event);
      }
    }
    assertTrue(lines.size() >= EXPECTED.size(), "only " + lines.size() + " lines");
  }
}
