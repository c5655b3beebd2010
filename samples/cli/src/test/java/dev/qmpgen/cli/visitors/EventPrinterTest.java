package dev.qmpgen.cli.visitors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.qmpgen.qemu.Events;
import org.junit.jupiter.api.Test;

/**
 * The printer over the QEMU 7.2 bindings: every member of a typed event, nested data kept as JSON.
 */
class EventPrinterTest {

  private final EventPrinter printer = new EventPrinter();
  private final SentEvents qemu = new SentEvents(Events.registry());

  @Test
  void showsEveryMemberOfAJobEventInTheOrderTheBindingsEncodeThem() {
    assertEquals(
        "2023-11-14 22:13:20.000005  BLOCK_JOB_COMPLETED  type=backup device=broken len=1048576 offset=0 speed=0"
            + " error=Input/output error",
        printer.line(
            at(
                1_700_000_000L,
                "BLOCK_JOB_COMPLETED",
                "{\"device\": \"broken\", \"len\": 1048576, \"offset\": 0,"
                    + " \"speed\": 0, \"type\": \"backup\", \"error\": \"Input/output error\"}")));
  }

  @Test
  void anEventWithoutDataIsItsNameAlone() {
    assertEquals(
        "2023-11-14 22:13:20.000005  POWERDOWN",
        printer.line(at(1_700_000_000L, "POWERDOWN", null)));
  }

  @Test
  void aUnionMemberIsShownAsJsonAndAnEmptyStringAsQuotes() {
    assertEquals(
        "netdev-id=stream addr={\"type\":\"unix\",\"path\":\"/run/vm/net.sock\"}",
        printer.visit(
            qemu.event(
                "NETDEV_STREAM_CONNECTED",
                "{\"netdev-id\": \"stream\", \"addr\": {\"path\": \"/run/vm/net.sock\", \"type\": \"unix\"}}")));
    assertEquals(
        "device=\"\" id=cdrom tray-open=true",
        printer.visit(
            qemu.event(
                "DEVICE_TRAY_MOVED",
                "{\"device\": \"\", \"tray-open\": true, \"id\": \"cdrom\"}")));
  }

  @Test
  void aPanicShowsItsActionAndTheKindOfItsInfo() {
    assertEquals(
        "action=pause info=hyper-v",
        printer.visit(
            qemu.event(
                "GUEST_PANICKED",
                "{\"action\": \"pause\", \"info\":"
                    + " {\"type\": \"hyper-v\", \"arg1\": 1, \"arg2\": 2, \"arg3\": 3, \"arg4\": 4, \"arg5\": 5}}")));
  }

  @Test
  void membersANewerQemuAddsAreShownApart() {
    assertEquals(
        "id=mirror status=running  [not in the bindings: progress=50]",
        printer.visit(
            qemu.event(
                "JOB_STATUS_CHANGE",
                "{\"status\": \"running\", \"id\": \"mirror\", \"progress\": 50}")));
  }

  @Test
  void eventsTheBindingsDoNotKnowShowTheirData() {
    assertEquals(
        "(unknown to the bindings) data={\"x\":1}",
        printer.visit(qemu.event("VM_BOOTED", "{\"x\": 1}")));
  }

  private dev.qmpgen.runtime.QmpEvent at(long seconds, String name, String data) {
    String line =
        "{\"timestamp\": {\"seconds\": "
            + seconds
            + ", \"microseconds\": 5}, \"event\": \""
            + name
            + "\""
            + (data == null ? "" : ", \"data\": " + data)
            + "}";
    return qemu.decode(line);
  }
}
