/**
 * Bindings generated from this build's own spec text, {@code src/main/resources/qmp-events.txt}.
 */
@GenerateQmpEvents(spec = "qmp-events.txt")
package com.example.vm.events;

import dev.qmpgen.runtime.GenerateQmpEvents;
