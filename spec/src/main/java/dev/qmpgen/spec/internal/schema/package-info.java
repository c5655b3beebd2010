/**
 * The reader of {@code query-qmp-schema} captures behind {@link dev.qmpgen.spec.SchemaParser}: the
 * capture's JSON, its entities, and the resolution of QEMU's type ids into fields. Not API: its
 * classes change without notice; use {@link dev.qmpgen.spec.SchemaParser} and the model in {@link
 * dev.qmpgen.spec}.
 */
package dev.qmpgen.spec.internal.schema;
