package dev.qmpgen.runtime.client;

import static dev.qmpgen.runtime.client.LiveQemuEventsTest.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The events a guest OS would make QEMU send, made by {@link GuestProgram}'s port I/O on a PC with
 * the devices it talks to, plus what the host does to such a machine: run state changes, suspend
 * and wake-up, a reset, a VNC and a SPICE session, a CD-ROM tray, USB hot-unplug, and a migration.
 *
 * <pre>
 * phase 1 (cont)          RTC seconds, balloon "actual", DIMM _OST, pvpanic crash-loaded and
 *                         panicked, ib700 armed with 0 s, virtio-net promiscuous mode and
 *                         virtio-serial port open by virtqueue, a virtio-mem block plugged
 *                         through a modern virtqueue, then S3
 *                                                                    → ... SUSPEND
 * phase 2 (system_wakeup) IDE write to a disk whose writes fail once → BLOCK_IO_ERROR, STOP
 * phase 3 (system_reset)  S4 with shutdown=pause                     → SUSPEND_DISK, SHUTDOWN, STOP
 * </pre>
 */
final class GuestDrivenEvents {

  /** PIIX4's power management function, 00:01.3: PMBA at 40h, PMIOSE (bit 0) at 80h. */
  private static final int PM_DEVICE = 1;

  private static final int PM_FUNCTION = 3;
  private static final int PM_BASE = 0x600;

  /** PM1a_CNT: SLP_TYP in bits 10-12 (1 is S3, 2 is S4 on QEMU's PIIX4), SLP_EN in bit 13. */
  private static final int PM1_CONTROL = PM_BASE + 4;

  private static final int SLEEP_ENABLE = 1 << 13;

  /** The legacy virtio balloon at 00:05.0, its I/O BAR placed at C000h by phase 1. */
  private static final int BALLOON_SLOT = 5;

  private static final int BALLOON_IO = 0xC000;

  /**
   * Legacy virtio-pci: device config after the 20-byte header (no MSI-X); "actual" is its 2nd u32.
   */
  private static final int BALLOON_ACTUAL = BALLOON_IO + 20 + 4;

  /**
   * Legacy virtio-net: control queue 2 (of 64) after rx 0 and tx 1; VIRTIO_NET_F_CTRL_VQ, _CTRL_RX.
   */
  private static final LegacyVirtio NIC = new LegacyVirtio(6, 0xC100);

  private static final int NIC_FEATURES = 1 << 17 | 1 << 18;

  /** VIRTIO_NET_CTRL_RX (class 0), VIRTIO_NET_CTRL_RX_PROMISC (command 0), on. */
  private static final List<byte[]> PROMISCUOUS_ON = List.of(new byte[] {0, 0}, new byte[] {1});

  /** Legacy virtio-serial with VIRTIO_CONSOLE_F_MULTIPORT: control output queue 3 (of 32). */
  private static final LegacyVirtio SERIAL = new LegacyVirtio(7, 0xC200);

  /** struct virtio_console_control {id 1, event VIRTIO_CONSOLE_PORT_OPEN (6), value 1}. */
  private static final byte[] PORT_1_OPEN = {1, 0, 0, 0, 6, 0, 1, 0};

  /** virtio-mem with 2 MiB blocks at 4 GiB, asked for one block, which the guest then plugs. */
  private static final ModernVirtio VIRTIO_MEM = new ModernVirtio(9, 0xA0000);

  private static final long VIRTIO_MEM_ADDRESS = 0x1_0000_0000L;

  /** VIRTIO_MEM_F_UNPLUGGED_INACCESSIBLE (bit 1), which QEMU 7.2 insists on for x86. */
  private static final int UNPLUGGED_INACCESSIBLE = 1 << 1;

  /**
   * What phase 1 makes QEMU send, awaited in this order: all before the wake-up, whose reset would
   * cancel the watchdog's timer.
   */
  static final List<String> PHASE_1_EVENTS =
      List.of(
          "RESUME",
          "RTC_CHANGE",
          "BALLOON_CHANGE",
          "ACPI_DEVICE_OST",
          "GUEST_CRASHLOADED",
          "GUEST_PANICKED",
          "WATCHDOG",
          "NIC_RX_FILTER_CHANGED",
          "VSERPORT_CHANGE",
          "SUSPEND");

  private GuestDrivenEvents() {}

  /** Runs the scenario in {@code dir}; returns every event line QEMU sent, in order. */
  static MonitorTap.Recording record(Path dir) throws Exception {
    Files.createDirectories(dir);
    Path firmware = program().writeTo(dir.resolve("phases.bin"));
    int vncPort = QemuProcess.freePort();
    int spicePort = QemuProcess.freePort();
    try (QemuProcess qemu = QemuProcess.start(dir, arguments(dir, firmware, vncPort, spicePort));
        MonitorTap tap = MonitorTap.open(dir.resolve("tap.sock"));
        QmpClient client = qemu.connect(LiveQemuEventsTest.OPTIONS)) {
      QmpCommands qmp = new QmpCommands(client, WAIT);
      runPhases(qmp, tap);
      openSessions(tap, vncPort, spicePort);
      changeDevices(qmp, tap);
      qmp.run(
          "migrate-set-capabilities",
          "{\"capabilities\": [{\"capability\": \"events\", \"state\": true}]}");
      qmp.run("migrate", "{\"uri\": \"exec:cat > /dev/null\"}");
      tap.await("MIGRATION", data -> data.path("status").asString().equals("completed"), WAIT);
      qmp.run("quit");
      tap.awaitEnd(WAIT);
      return tap.recording();
    }
  }

  private static String[] arguments(Path dir, Path firmware, int vncPort, int spicePort) {
    return new String[] {
      "-accel",
      "tcg",
      "-m",
      "32M,slots=1,maxmem=1G",
      "-bios",
      firmware.toString(),
      "-qmp",
      "unix:" + dir.resolve("tap.sock") + ",server=on,wait=off",
      "-device",
      "pvpanic",
      "-device",
      "ib700",
      "-action",
      "watchdog=none",
      "-action",
      "panic=none",
      "-action",
      "shutdown=pause",
      "-device",
      "virtio-balloon-pci,disable-modern=on,addr=0x" + Integer.toHexString(BALLOON_SLOT),
      // ENOSPC once: the default werror=enospc stops the VM, and cont retries the write
      // successfully
      "-blockdev",
      """
            {"driver": "blkdebug", "node-name": "full-disk",
             "inject-error": [{"event": "pwritev", "errno": 28, "once": true}],
             "image": {"driver": "null-co", "size": 1048576}}"""
          .replace('\n', ' '),
      "-device",
      "ide-hd,drive=full-disk,bus=ide.0",
      "-device",
      "ide-cd,id=cdrom,bus=ide.1",
      "-device",
      "virtio-net-pci,disable-modern=on,addr=0x6,id=nic",
      "-device",
      "virtio-serial-pci,disable-modern=on,addr=0x7",
      "-chardev",
      "null,id=serial",
      "-device",
      "virtserialport,chardev=serial,id=port,nr=1",
      "-object",
      "memory-backend-ram,id=vmem-ram,size=64M",
      "-device",
      "virtio-mem-pci,id=vmem,memdev=vmem-ram,requested-size=2M,block-size=2M,addr=0x"
          + Integer.toHexString(VIRTIO_MEM.slot())
          + ",memaddr="
          + VIRTIO_MEM_ADDRESS,
      "-device",
      "qemu-xhci",
      "-vnc",
      "127.0.0.1:" + (vncPort - 5900),
      "-spice",
      "port=" + spicePort + ",addr=127.0.0.1,disable-ticketing=on"
    };
  }

  /** Starts the machine and takes it through the three phases of {@link #program()}. */
  private static void runPhases(QmpCommands qmp, MonitorTap tap) throws InterruptedException {
    qmp.run("cont");
    for (String event : PHASE_1_EVENTS) {
      tap.await(event, WAIT);
    }
    qmp.run("system_wakeup");
    tap.await("WAKEUP", WAIT);
    tap.await("BLOCK_IO_ERROR", data -> data.path("nospace").asBoolean(), WAIT);
    tap.await("STOP", WAIT);
    qmp.run("cont");
    tap.awaitNth("RESUME", data -> true, 2, WAIT);
    qmp.run("system_reset");
    tap.await("RESET", WAIT);
    tap.await("SUSPEND_DISK", WAIT);
    tap.await("SHUTDOWN", data -> data.path("reason").asString().equals("guest-shutdown"), WAIT);
  }

  /** A VNC and a SPICE client connect, complete their handshakes and leave. */
  private static void openSessions(MonitorTap tap, int vncPort, int spicePort) throws Exception {
    try (RfbClient rfb = RfbClient.connect(vncPort)) {
      rfb.handshake();
      tap.await("VNC_INITIALIZED", WAIT);
    }
    tap.await("VNC_DISCONNECTED", WAIT);
    try (SpiceClient spice = SpiceClient.connect(spicePort)) {
      assertEquals(0, spice.link(), "SPICE link result");
      tap.await("SPICE_INITIALIZED", WAIT);
    }
    tap.await("SPICE_DISCONNECTED", WAIT);
  }

  /**
   * The CD-ROM tray opens and closes, a USB keyboard comes and goes, the power button is pressed.
   */
  private static void changeDevices(QmpCommands qmp, MonitorTap tap) throws InterruptedException {
    qmp.run("blockdev-open-tray", "{\"id\": \"cdrom\"}");
    tap.await("DEVICE_TRAY_MOVED", data -> data.path("tray-open").asBoolean(), WAIT);
    qmp.run("blockdev-close-tray", "{\"id\": \"cdrom\"}");
    tap.await("DEVICE_TRAY_MOVED", data -> !data.path("tray-open").asBoolean(), WAIT);
    // A USB device unplugs at once; a PCI one would wait for the guest to eject it
    qmp.run("device_add", "{\"driver\": \"usb-kbd\", \"id\": \"keyboard\"}");
    qmp.run("device_del", "{\"id\": \"keyboard\"}");
    tap.await("DEVICE_DELETED", data -> data.path("device").asString().equals("keyboard"), WAIT);
    qmp.run("system_powerdown");
    tap.await("POWERDOWN", WAIT);
  }

  private static GuestProgram program() {
    return new GuestProgram()
        .phase(
            code -> {
              code.outb(0x70, 0x00)
                  .outb(0x71, 0x30); // MC146818 seconds register, while the clock runs
              code.pciConfig(BALLOON_SLOT, 0, 0x10, BALLOON_IO, 4)
                  .pciConfig(BALLOON_SLOT, 0, 0x04, 1, 2); // BAR0, I/O on
              code.outl(BALLOON_ACTUAL, 16);
              code.outl(0xA00, 0)
                  .outl(0xA04, 0x103)
                  .outl(0xA08, 0x84); // DIMM slot 0: _OST eject request, failed
              code.outb(0x505, 2).outb(0x505, 1); // pvpanic: crash kernel loaded, then panicked
              code.outb(0x443, 0x0F); // ib700: start with the shortest period, 0 s
              NIC.start(code, NIC_FEATURES);
              NIC.submit(code, 2, 64, 0x8000, 0x9800, PROMISCUOUS_ON, 1);
              SERIAL.start(code, 1 << 1);
              SERIAL.submit(code, 3, 32, 0xA000, 0xB800, List.of(PORT_1_OPEN), 0);
              VIRTIO_MEM.place(code);
              VIRTIO_MEM.acceptFeatures(code, UNPLUGGED_INACCESSIBLE, 1); // and VIRTIO_F_VERSION_1
              VIRTIO_MEM.submitOnQueue0(code, 0xC000, 0xE000, plugFirstBlock(), 16);
              sleep(code, 1);
            })
        .phase(GuestProgram.Code::ideWriteFirstSector)
        .phase(code -> sleep(code, 2));
  }

  /** struct virtio_mem_req: type VIRTIO_MEM_REQ_PLUG (0), padding, addr, nb_blocks 1, padding. */
  private static byte[] plugFirstBlock() {
    return ByteBuffer.allocate(24)
        .order(ByteOrder.LITTLE_ENDIAN)
        .putShort((short) 0)
        .position(8)
        .putLong(VIRTIO_MEM_ADDRESS)
        .putShort((short) 1)
        .array();
  }

  /** Enables the PM I/O space (a reset clears it) and enters sleep state {@code type}. */
  private static void sleep(GuestProgram.Code code, int type) {
    code.pciConfig(PM_DEVICE, PM_FUNCTION, 0x40, PM_BASE | 1, 4)
        .pciConfig(PM_DEVICE, PM_FUNCTION, 0x80, 1, 1);
    code.outw(PM1_CONTROL, type << 10 | SLEEP_ENABLE);
  }
}
