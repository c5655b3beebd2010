/**
 * The reader of {@code qmp-events.txt} text behind {@link dev.qmpgen.spec.SpecParser}: lines,
 * sections, field lines, nesting, examples and their lint. Not API: its classes change without
 * notice; use {@link dev.qmpgen.spec.SpecParser} and the model in {@link dev.qmpgen.spec}.
 */
package dev.qmpgen.spec.internal.parser;
