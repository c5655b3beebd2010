/**
 * Drift checks: compare the events some bindings know ({@code EventDescriptions.all()}, generated
 * beside each {@code Events} catalog) with a running QEMU's {@code query-qmp-schema}, per event
 * known, unknown or differing, member by member. {@link dev.qmpgen.runtime.drift.SchemaDrift} is
 * the entry point.
 */
package dev.qmpgen.runtime.drift;
