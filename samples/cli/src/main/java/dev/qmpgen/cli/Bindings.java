package dev.qmpgen.cli;

import dev.qmpgen.events.Events;
import dev.qmpgen.runtime.EventRegistry;

/** The bindings the CLI decodes with: those generated from the bundled spec, in the runtime jar. */
final class Bindings {

  private Bindings() {}

  static EventRegistry registry() {
    return Events.registry();
  }
}
