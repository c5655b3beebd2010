package dev.qmpgen.processor;

/**
 * The tag member of a flat union's variant record: not a component (the record's type says it),
 * skipped on decode and written first on encode.
 *
 * @param wireName the tag member's name ({@code type})
 * @param value the tag value this variant stands for ({@code hyper-v})
 */
record Discriminator(String wireName, String value) {}
