package com.example.vm;

import dev.qmpgen.runtime.QmpEvent;
import dev.qmpgen.runtime.RawJson;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * An event of {@code disk-events.txt}, decoded to its own record.
 */
@Generated(
        value = "dev.qmpgen.processor.QmpEventsProcessor",
        comments = "from disk-events.txt"
)
public sealed interface KnownEvent extends QmpEvent permits DiskFull, Ping, DiskReport {
    /**
     * Calls the method of {@code visitor} for this event's type.
     */
    <R> R accept(EventVisitor<R> visitor);

    /**
     * The data members the spec does not list, in arrival order; written back on encode.
     */
    Map<String, RawJson> unknownFields();
}
