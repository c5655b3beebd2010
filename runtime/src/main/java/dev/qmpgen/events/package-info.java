/**
 * Typed events of the bundled {@code qmp-events.txt}: one record per event, {@link
 * dev.qmpgen.events.KnownEvent} over them all, {@link dev.qmpgen.events.EventVisitor} and {@link
 * dev.qmpgen.events.Events#registry()} to decode QMP event lines. Generated at build time.
 */
@GenerateQmpEvents(spec = "qmp-events.txt")
package dev.qmpgen.events;

import dev.qmpgen.runtime.GenerateQmpEvents;
