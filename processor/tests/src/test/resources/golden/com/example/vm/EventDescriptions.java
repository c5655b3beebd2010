package com.example.vm;

import dev.qmpgen.runtime.drift.EventDescription;
import dev.qmpgen.runtime.drift.JsonKind;
import dev.qmpgen.runtime.drift.MemberDescription;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The events of {@code disk-events.txt} as these bindings know them, to compare with a running QEMU:
 *
 * <pre>{@code
 * DriftReport drift = SchemaDrift.compare(EventDescriptions.all(), client.execute("query-qmp-schema", Map.of(), timeout).get());
 * }</pre>
 */
@Generated(
        value = "dev.qmpgen.processor.QmpEventsProcessor",
        comments = "from disk-events.txt"
)
public final class EventDescriptions {
    private static final List<EventDescription> EVENTS = List.of(
        new EventDescription("DISK_FULL", List.<MemberDescription>of(
            new MemberDescription("device", JsonKind.STRING, false, List.of(), List.of()),
            new MemberDescription("free-bytes", JsonKind.INT, true, List.of(), List.of()),
            new MemberDescription("retry", JsonKind.BOOLEAN, false, List.of(), List.of()),
            new MemberDescription("mode", JsonKind.STRING, false, List.of("pause", "report"), List.of()),
            new MemberDescription("usage", JsonKind.NUMBER, false, List.of(), List.of()),
            new MemberDescription("owner", JsonKind.OBJECT, false, List.of(), List.<MemberDescription>of(
                new MemberDescription("name", JsonKind.STRING, false, List.of(), List.of()),
                new MemberDescription("uid", JsonKind.INT, true, List.of(), List.of()))),
            new MemberDescription("paths", JsonKind.ARRAY, false, List.of(), List.<MemberDescription>of(
                new MemberDescription("path", JsonKind.STRING, false, List.of(), List.of()))),
            new MemberDescription("details", JsonKind.ANY, false, List.of(), List.of()))),
        new EventDescription("PING", List.of()),
        new EventDescription("DISK_REPORT", List.of(), true));

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
