package dev.qmpgen.cli.visitors;

import dev.qmpgen.qemu.Events;
import dev.qmpgen.runtime.QmpEvent;

/** Events as QEMU 7.2 sends them, decoded by the bundled QEMU 7.2 bindings. */
final class QemuLines {

  private static long seconds = 1_700_000_000L;

  private QemuLines() {}

  static QmpEvent event(String name) {
    return decode(
        "{\"timestamp\": {\"seconds\": "
            + (seconds++)
            + ", \"microseconds\": 5}, \"event\": \""
            + name
            + "\"}");
  }

  static QmpEvent event(String name, String data) {
    return decode(
        "{\"timestamp\": {\"seconds\": "
            + (seconds++)
            + ", \"microseconds\": 5}, \"event\": \""
            + name
            + "\", \"data\": "
            + data
            + "}");
  }

  static QmpEvent decode(String line) {
    return Events.registry().decode(line);
  }
}
