/**
 * Typed events of QEMU 7.2, generated from the capture of its {@code query-qmp-schema} checked in
 * as {@code spec/schemas/qemu-7.2.json}: one record per event (all 52), {@link
 * dev.qmpgen.qemu.KnownEvent} over them all, {@link dev.qmpgen.qemu.EventVisitor} and {@link
 * dev.qmpgen.qemu.Events#registry()} to decode QMP event lines. Unions such as {@code
 * GUEST_PANICKED}'s {@code info} are sealed interfaces with one record per variant. Generated at
 * build time; the events of the old {@code qmp-events.txt} stay in {@code dev.qmpgen.events}.
 */
@GenerateQmpEvents(schema = "schemas/qemu-7.2.json")
package dev.qmpgen.qemu;

import dev.qmpgen.runtime.GenerateQmpEvents;
