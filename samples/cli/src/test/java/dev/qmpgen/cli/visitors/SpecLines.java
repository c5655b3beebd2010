package dev.qmpgen.cli.visitors;

import dev.qmpgen.events.Events;
import dev.qmpgen.runtime.QmpEvent;

/** Events as QEMU 7.2 sends them (timestamp first, its extra members), decoded by the bindings. */
final class SpecLines {

  private static long seconds = 1_700_000_000L;

  private SpecLines() {}

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

  static QmpEvent blockIoError(String action) {
    return event(
        "BLOCK_IO_ERROR",
        "{\"device\": \"virtio0\", \"node-name\": \"#block152\", \"operation\": \"write\", "
            + "\"action\": \""
            + action
            + "\", \"nospace\": true, \"reason\": \"No space left on device\"}");
  }

  static QmpEvent watchdog(String action) {
    return event("WATCHDOG", "{\"action\": \"" + action + "\"}");
  }

  static QmpEvent decode(String line) {
    return Events.registry().decode(line);
  }
}
