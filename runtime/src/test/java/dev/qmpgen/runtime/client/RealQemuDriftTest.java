package dev.qmpgen.runtime.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qmpgen.events.EventDescriptions;
import dev.qmpgen.events.Events;
import dev.qmpgen.runtime.RawJson;
import dev.qmpgen.runtime.drift.DriftReport;
import dev.qmpgen.runtime.drift.EventDrift;
import dev.qmpgen.runtime.drift.EventDrift.Status;
import dev.qmpgen.runtime.drift.MemberDifference;
import dev.qmpgen.runtime.drift.SchemaDrift;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The drift check against a real QEMU's whole {@code query-qmp-schema} (not a trimmed fixture): the
 * bundled bindings of the QEMU 2.x-era spec text and those of QEMU 7.2's own schema, against the
 * installed QEMU. Skipped without QEMU, failed without it when {@code CI=true}.
 */
class RealQemuDriftTest {

  private static final Duration WAIT = Duration.ofSeconds(10);

  @TempDir Path dir;

  @AfterEach
  void noThreadsLeft() throws InterruptedException {
    ClientThreads.assertNoneLeft();
  }

  @Test
  void theBundledBindingsAgainstARunningQemuNameTheEventsTheyDoNotKnowAndTheMembersThatDiffer()
      throws Exception {
    DriftReport report;
    try (QemuProcess qemu = QemuProcess.start(dir);
        QmpClient client =
            qemu.connect(
                QmpClientOptions.defaults(Events.registry()).withCommandTimeout(WAIT),
                QmpListener.ofEvents(event -> {}))) {
      RawJson schema = client.execute("query-qmp-schema", Map.of(), WAIT).get(15, TimeUnit.SECONDS);
      report = SchemaDrift.compare(EventDescriptions.all(), schema);
    }

    // Events the old spec never had, which QEMU 7.2 sends in every build.
    List<String> unknown = report.unknownToBindings().stream().map(EventDrift::name).toList();
    assertTrue(
        unknown.containsAll(List.of("POWERDOWN", "DEVICE_DELETED", "BLOCK_JOB_COMPLETED")),
        unknown::toString);
    assertFalse(unknown.contains("STOP"), unknown::toString);
    // Known events: some unchanged since, some grown.
    assertEquals(Status.MATCHES, report.event("STOP").orElseThrow().status());
    assertEquals(Status.MATCHES, report.event("RESUME").orElseThrow().status());
    EventDrift shutdown = report.event("SHUTDOWN").orElseThrow();
    assertEquals(Status.DIFFERS, shutdown.status());
    assertEquals(
        List.of("data.guest", "data.reason"),
        shutdown.differences().stream().map(MemberDifference::path).toList());
    EventDrift watchdog = report.event("WATCHDOG").orElseThrow();
    assertTrue(
        watchdog.differences().stream()
            .anyMatch(
                d ->
                    d.kind() == MemberDifference.Kind.VALUES && d.message().contains("inject-nmi")),
        watchdog::toString);
    assertFalse(report.allSentEventsMatch());
    assertTrue(
        report.summary().contains(" unknown to the bindings (")
            && report.summary().contains("POWERDOWN"),
        report.summary());
  }

  @Test
  void theBindingsOfQemu72sSchemaMatchEveryEventTheRunningQemuSends() throws Exception {
    DriftReport report;
    try (QemuProcess qemu = QemuProcess.start(dir);
        QmpClient client =
            qemu.connect(
                QmpClientOptions.defaults(dev.qmpgen.qemu.Events.registry())
                    .withCommandTimeout(WAIT),
                QmpListener.ofEvents(event -> {}))) {
      RawJson schema = client.execute("query-qmp-schema", Map.of(), WAIT).get(15, TimeUnit.SECONDS);
      report = SchemaDrift.compare(dev.qmpgen.qemu.EventDescriptions.all(), schema);
    }

    assertTrue(report.allSentEventsMatch(), report::summary);
    assertEquals(52, report.events().size(), report::summary);
  }
}
