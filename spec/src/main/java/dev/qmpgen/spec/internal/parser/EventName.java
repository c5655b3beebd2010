package dev.qmpgen.spec.internal.parser;

/** An event name as written in a heading, with the index of its first character in the line. */
record EventName(String name, int index) {}
