package dev.qmpgen.cli.visitors;

import dev.qmpgen.runtime.Timestamp;

/** One change of state, and the event that made it. */
public record Transition(VmState from, VmStatus to, String eventName, Timestamp timestamp) {}
