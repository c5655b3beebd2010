package com.example.qemu;

import dev.qmpgen.runtime.FailedEvent;
import dev.qmpgen.runtime.QmpEvent;
import dev.qmpgen.runtime.UnknownEvent;
import javax.annotation.processing.Generated;

/**
 * Does something different for each event of {@code qemu-small.json}; {@link #visit} dispatches any event.
 *
 * <p>{@link EventVisitorAdapter} implements every method with one fallback, for visitors that handle a few events.
 *
 * @param <R> what visiting returns ({@link Void} for nothing)
 */
@Generated(
        value = "dev.qmpgen.processor.QmpEventsProcessor",
        comments = "from qemu-small.json"
)
public interface EventVisitor<R> {
    /**
     * Visits {@code BLOCK_JOB_DONE}.
     */
    R visitBlockJobDone(BlockJobDone event);

    /**
     * Visits {@code DISK_ATTACHED}.
     */
    R visitDiskAttached(DiskAttached event);

    /**
     * Visits {@code DISK_DETACHED}.
     */
    R visitDiskDetached(DiskDetached event);

    /**
     * Visits {@code GUEST_CRASH}.
     */
    R visitGuestCrash(GuestCrash event);

    /**
     * Visits {@code MATRIX}.
     */
    R visitMatrix(Matrix event);

    /**
     * Visits {@code MEMORY_SIZE}.
     */
    R visitMemorySize(MemorySize event);

    /**
     * Visits {@code OLD_THING}.
     */
    @Deprecated
    R visitOldThing(OldThing event);

    /**
     * Visits {@code PROPERTY_SET}.
     */
    R visitPropertySet(PropertySet event);

    /**
     * Visits an event whose name no catalog of the registry knows, such as {@code POWERDOWN}.
     */
    R visitUnknown(UnknownEvent event);

    /**
     * Visits a known event that failed to decode (lenient mode), with its raw JSON and the reason.
     */
    R visitFailed(FailedEvent event);

    /**
     * Visits a typed event of another spec's catalog, when the registry composes several.
     */
    R visitOther(QmpEvent event);

    /**
     * Dispatches {@code event} to the method for its type.
     */
    default R visit(QmpEvent event) {
        if (event instanceof KnownEvent known) {
            return known.accept(this);
        }
        if (event instanceof UnknownEvent unknown) {
            return visitUnknown(unknown);
        }
        if (event instanceof FailedEvent failed) {
            return visitFailed(failed);
        }
        return visitOther(event);
    }
}
