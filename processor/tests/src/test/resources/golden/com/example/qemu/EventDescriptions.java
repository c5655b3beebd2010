package com.example.qemu;

import dev.qmpgen.runtime.drift.EventDescription;
import dev.qmpgen.runtime.drift.JsonKind;
import dev.qmpgen.runtime.drift.MemberDescription;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The events of {@code qemu-small.json} as these bindings know them, to compare with a running QEMU:
 *
 * <pre>{@code
 * DriftReport drift = SchemaDrift.compare(EventDescriptions.all(), client.execute("query-qmp-schema", Map.of(), timeout).get());
 * }</pre>
 */
@Generated(
        value = "dev.qmpgen.processor.QmpEventsProcessor",
        comments = "from qemu-small.json"
)
public final class EventDescriptions {
    private static final List<EventDescription> EVENTS = List.of(
        new EventDescription("BLOCK_JOB_DONE", List.<MemberDescription>of(
            new MemberDescription("type", JsonKind.STRING, false, List.of("commit", "stream"), List.of()),
            new MemberDescription("device", JsonKind.STRING, false, List.of(), List.of()),
            new MemberDescription("len", JsonKind.INT, false, List.of(), List.of()),
            new MemberDescription("offset", JsonKind.INT, false, List.of(), List.of()),
            new MemberDescription("error", JsonKind.STRING, true, List.of(), List.of()),
            new MemberDescription("speed", JsonKind.INT, true, List.of(), List.of()))),
        new EventDescription("DISK_ATTACHED", List.<MemberDescription>of(
            new MemberDescription("disk", JsonKind.OBJECT, false, List.of(), List.<MemberDescription>of(
                new MemberDescription("node", JsonKind.STRING, false, List.of(), List.of()),
                new MemberDescription("read-only", JsonKind.BOOLEAN, false, List.of(), List.of()))))),
        new EventDescription("DISK_DETACHED", List.<MemberDescription>of(
            new MemberDescription("disk", JsonKind.OBJECT, false, List.of(), List.<MemberDescription>of(
                new MemberDescription("node", JsonKind.STRING, false, List.of(), List.of()),
                new MemberDescription("read-only", JsonKind.BOOLEAN, false, List.of(), List.of()))))),
        new EventDescription("GUEST_CRASH", List.<MemberDescription>of(
            new MemberDescription("action", JsonKind.STRING, false, List.of("pause", "run"), List.of()),
            new MemberDescription("info", JsonKind.OBJECT, true, List.of(), List.<MemberDescription>of(
                new MemberDescription("kind", JsonKind.STRING, false, List.of("hyper-v", "s390", "none"), List.of()),
                new MemberDescription("cpu", JsonKind.INT, true, List.of(), List.of()),
                new MemberDescription("arg1", JsonKind.INT, true, List.of(), List.of()),
                new MemberDescription("arg2", JsonKind.INT, true, List.of(), List.of()),
                new MemberDescription("core", JsonKind.INT, true, List.of(), List.of()),
                new MemberDescription("psw-mask", JsonKind.INT, true, List.of(), List.of()))))),
        new EventDescription("MATRIX", List.<MemberDescription>of(
            new MemberDescription("grid", JsonKind.ARRAY, false, List.of(), List.<MemberDescription>of(
                new MemberDescription("x", JsonKind.INT, false, List.of(), List.of()),
                new MemberDescription("label", JsonKind.STRING, true, List.of(), List.of()))),
            new MemberDescription("colours", JsonKind.ARRAY, false, List.of(), List.of()),
            new MemberDescription("counts", JsonKind.ARRAY, true, List.of(), List.of()))),
        new EventDescription("MEMORY_SIZE", List.<MemberDescription>of(
            new MemberDescription("id", JsonKind.STRING, true, List.of(), List.of()),
            new MemberDescription("size", JsonKind.INT, false, List.of(), List.of()),
            new MemberDescription("limit", JsonKind.INT, true, List.of(), List.of()),
            new MemberDescription("sizes", JsonKind.ARRAY, true, List.of(), List.of()))),
        new EventDescription("OLD_THING", List.<MemberDescription>of(
            new MemberDescription("device", JsonKind.STRING, false, List.of(), List.of()),
            new MemberDescription("action", JsonKind.STRING, false, List.of("pause", "run"), List.of()),
            new MemberDescription("legacy", JsonKind.STRING, true, List.of(), List.of()),
            new MemberDescription("probe", JsonKind.BOOLEAN, true, List.of(), List.of()))),
        new EventDescription("PROPERTY_SET", List.<MemberDescription>of(
            new MemberDescription("path", JsonKind.STRING, false, List.of(), List.of()),
            new MemberDescription("value", JsonKind.ANY, false, List.of(), List.of()),
            new MemberDescription("owner", JsonKind.ANY, false, List.of(), List.of()),
            new MemberDescription("setting", JsonKind.ANY, true, List.of(), List.of()),
            new MemberDescription("level", JsonKind.ANY, true, List.of(), List.of()))));

    private EventDescriptions() {
    }

    /**
     * Every event of the spec, in spec order.
     *
     * @return the descriptions, unmodifiable
     */
    public static List<EventDescription> all() {
        return EVENTS;
    }
}
