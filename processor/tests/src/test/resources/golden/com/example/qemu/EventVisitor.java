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
     *
     * @param event the event
     * @return the visit's result
     */
    R visitBlockJobDone(BlockJobDone event);

    /**
     * Visits {@code DISK_ATTACHED}.
     *
     * @param event the event
     * @return the visit's result
     */
    R visitDiskAttached(DiskAttached event);

    /**
     * Visits {@code DISK_DETACHED}.
     *
     * @param event the event
     * @return the visit's result
     */
    R visitDiskDetached(DiskDetached event);

    /**
     * Visits {@code GUEST_CRASH}.
     *
     * @param event the event
     * @return the visit's result
     */
    R visitGuestCrash(GuestCrash event);

    /**
     * Visits {@code MATRIX}.
     *
     * @param event the event
     * @return the visit's result
     */
    R visitMatrix(Matrix event);

    /**
     * Visits {@code MEMORY_SIZE}.
     *
     * @param event the event
     * @return the visit's result
     */
    R visitMemorySize(MemorySize event);

    /**
     * Visits {@code OLD_THING}.
     *
     * @param event the event
     * @return the visit's result
     */
    @Deprecated
    R visitOldThing(OldThing event);

    /**
     * Visits {@code PROPERTY_SET}.
     *
     * @param event the event
     * @return the visit's result
     */
    R visitPropertySet(PropertySet event);

    /**
     * Visits an event whose name no catalog of the registry knows, such as {@code POWERDOWN}.
     *
     * @param event the event
     * @return the visit's result
     */
    R visitUnknown(UnknownEvent event);

    /**
     * Visits a known event that failed to decode (lenient mode), with its raw JSON and the reason.
     *
     * @param event the event
     * @return the visit's result
     */
    R visitFailed(FailedEvent event);

    /**
     * Visits a typed event of another spec's catalog, when the registry composes several.
     *
     * @param event the event
     * @return the visit's result
     */
    R visitOther(QmpEvent event);

    /**
     * Dispatches {@code event} to the method for its type.
     *
     * @param event any event the registry decoded
     * @return what that method returns
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
