package dev.qmpgen.runtime.client;

import static dev.qmpgen.runtime.client.LiveQemuEventsTest.WAIT;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * virtio-net failover on a Q35 machine (QEMU takes a failover primary only on PCI Express): the
 * {@link GuestProgram} accepts VIRTIO_NET_F_STANDBY on the standby NIC, which makes QEMU plug the
 * hidden primary and send FAILOVER_NEGOTIATED; a migration then asks to unplug the primary
 * (UNPLUG_PRIMARY) and waits for the guest to eject it, which no guest does.
 */
final class FailoverEvents {

  /**
   * The standby NIC on the root complex at 00:03.0, its modern BAR at A0000h (Q35 shows PCI there
   * too).
   */
  private static final ModernVirtio STANDBY = new ModernVirtio(3, 0xA0000);

  /** VIRTIO_NET_F_STANDBY is bit 62, VIRTIO_F_VERSION_1 bit 32: both in the high half. */
  private static final int STANDBY_AND_VERSION_1 = 1 << (62 - 32) | 1;

  private FailoverEvents() {}

  /** Runs the scenario in {@code dir}; returns every event line QEMU sent, in order. */
  static MonitorTap.Recording record(Path dir) throws Exception {
    Files.createDirectories(dir);
    Path firmware =
        new GuestProgram()
            .phase(
                code -> {
                  STANDBY.place(code);
                  STANDBY.acceptFeatures(code, 0, STANDBY_AND_VERSION_1);
                })
            .writeTo(dir.resolve("failover.bin"));
    try (QemuProcess qemu =
            QemuProcess.start(
                dir,
                "-machine",
                "q35",
                "-accel",
                "tcg",
                "-m",
                "32M",
                "-bios",
                firmware.toString(),
                "-qmp",
                "unix:" + dir.resolve("tap.sock") + ",server=on,wait=off",
                "-device",
                "virtio-net-pci,id=standby,failover=on,bus=pcie.0,addr=0x"
                    + Integer.toHexString(STANDBY.slot())
                    + ",mac=52:54:00:00:00:01",
                "-device",
                "pcie-root-port,id=root-port,chassis=1,bus=pcie.0,addr=0x4",
                "-device",
                "e1000e,id=primary,bus=root-port,failover_pair_id=standby,mac=52:54:00:00:00:01");
        MonitorTap tap = MonitorTap.open(dir.resolve("tap.sock"));
        QmpClient client = qemu.connect(LiveQemuEventsTest.OPTIONS)) {
      QmpCommands qmp = new QmpCommands(client, WAIT);
      qmp.run("cont");
      tap.await(
          "FAILOVER_NEGOTIATED", data -> data.path("device-id").asString().equals("standby"), WAIT);
      qmp.run(
          "migrate-set-capabilities",
          "{\"capabilities\": [{\"capability\": \"events\", \"state\": true}]}");
      qmp.run("migrate", "{\"uri\": \"exec:cat > /dev/null\"}");
      tap.await(
          "UNPLUG_PRIMARY", data -> data.path("device-id").asString().equals("primary"), WAIT);
      tap.await("MIGRATION", data -> data.path("status").asString().equals("wait-unplug"), WAIT);
      // QEMU 7.2 cannot end a migration that waits for an unplug (migrate_cancel leaves it
      // "cancelling", and quit would wait for it): the recording ends here, and close() kills QEMU.
      return tap.recording();
    }
  }
}
