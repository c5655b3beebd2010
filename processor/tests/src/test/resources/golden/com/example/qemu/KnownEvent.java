package com.example.qemu;

import dev.qmpgen.runtime.QmpEvent;
import dev.qmpgen.runtime.RawJson;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * An event of {@code qemu-small.json}, decoded to its own record.
 */
@Generated(
        value = "dev.qmpgen.processor.QmpEventsProcessor",
        comments = "from qemu-small.json"
)
@SuppressWarnings("deprecation")
public sealed interface KnownEvent extends QmpEvent permits BlockJobDone, DiskAttached, DiskDetached, GuestCrash, Matrix, MemorySize, OldThing, PropertySet {
    /**
     * Calls the method of {@code visitor} for this event's type.
     *
     * @param <R> what visiting returns
     * @param visitor the visitor to call
     * @return what the visitor's method returns
     */
    <R> R accept(EventVisitor<R> visitor);

    /**
     * The data members the spec does not list, in arrival order; written back on encode.
     *
     * @return each unlisted member's JSON by its wire name
     */
    Map<String, RawJson> unknownFields();
}
