package com.example.vm;

import dev.qmpgen.runtime.FailedEvent;
import dev.qmpgen.runtime.QmpEvent;
import dev.qmpgen.runtime.UnknownEvent;
import javax.annotation.processing.Generated;

/**
 * Does something different for each event of {@code disk-events.txt}; {@link #visit} dispatches any event.
 *
 * <p>{@link EventVisitorAdapter} implements every method with one fallback, for visitors that handle a few events.
 *
 * @param <R> what visiting returns ({@link Void} for nothing)
 */
@Generated(
        value = "dev.qmpgen.processor.QmpEventsProcessor",
        comments = "from disk-events.txt"
)
public interface EventVisitor<R> {
    /**
     * Visits {@code DISK_FULL}.
     *
     * @param event the event
     * @return the visit's result
     */
    R visitDiskFull(DiskFull event);

    /**
     * Visits {@code PING}.
     *
     * @param event the event
     * @return the visit's result
     */
    R visitPing(Ping event);

    /**
     * Visits {@code DISK_REPORT}.
     *
     * @param event the event
     * @return the visit's result
     */
    R visitDiskReport(DiskReport event);

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
