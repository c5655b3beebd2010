package dev.qmpgen.spec.internal.parser;

/** A field read from its line, with the indentation of its bullet, before nesting is known. */
record ParsedField(FieldDraft draft, int indent) {}
