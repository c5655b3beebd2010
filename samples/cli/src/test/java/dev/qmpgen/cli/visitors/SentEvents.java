package dev.qmpgen.cli.visitors;

import dev.qmpgen.runtime.EventRegistry;
import dev.qmpgen.runtime.QmpEvent;

/**
 * Events as QEMU 7.2 sends them (timestamp first, its extra members), each a second after the one
 * before, decoded by one bindings' registry.
 */
final class SentEvents {

  private final EventRegistry registry;
  private long seconds = 1_700_000_000L;

  SentEvents(EventRegistry registry) {
    this.registry = registry;
  }

  QmpEvent event(String name) {
    return decode(line(name, ""));
  }

  QmpEvent event(String name, String data) {
    return decode(line(name, ", \"data\": " + data));
  }

  /** An out-of-space write error on {@code device} (node {@code #block152}). */
  QmpEvent blockIoError(String device, String action) {
    return event(
        "BLOCK_IO_ERROR",
        "{\"device\": \""
            + device
            + "\", \"node-name\": \"#block152\", \"operation\": \"write\","
            + " \"action\": \""
            + action
            + "\", \"nospace\": true, \"reason\": \"No space left on device\"}");
  }

  QmpEvent watchdog(String action) {
    return event("WATCHDOG", "{\"action\": \"" + action + "\"}");
  }

  QmpEvent decode(String line) {
    return registry.decode(line);
  }

  private String line(String name, String data) {
    return "{\"timestamp\": {\"seconds\": "
        + (seconds++)
        + ", \"microseconds\": 5}, \"event\": \""
        + name
        + "\""
        + data
        + "}";
  }
}
