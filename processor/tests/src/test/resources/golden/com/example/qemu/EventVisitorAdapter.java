package com.example.qemu;

import dev.qmpgen.runtime.FailedEvent;
import dev.qmpgen.runtime.QmpEvent;
import dev.qmpgen.runtime.UnknownEvent;
import javax.annotation.processing.Generated;

/**
 * An {@link EventVisitor} whose methods all default to {@link #fallback}: override the events you handle.
 *
 * <pre>{@code
 * EventVisitorAdapter<String> visitor = event -> "ignored";
 * }</pre>
 *
 * @param <R> what visiting returns
 */
@Generated(
        value = "dev.qmpgen.processor.QmpEventsProcessor",
        comments = "from qemu-small.json"
)
public interface EventVisitorAdapter<R> extends EventVisitor<R> {
    /**
     * What every method not overridden returns for {@code event}.
     *
     * @param event the event no overriding method handled
     * @return the visit's result
     */
    R fallback(QmpEvent event);

    @Override
    default R visitBlockJobDone(BlockJobDone event) {
        return fallback(event);
    }

    @Override
    default R visitDiskAttached(DiskAttached event) {
        return fallback(event);
    }

    @Override
    default R visitDiskDetached(DiskDetached event) {
        return fallback(event);
    }

    @Override
    default R visitGuestCrash(GuestCrash event) {
        return fallback(event);
    }

    @Override
    default R visitMatrix(Matrix event) {
        return fallback(event);
    }

    @Override
    default R visitMemorySize(MemorySize event) {
        return fallback(event);
    }

    @Override
    @Deprecated
    default R visitOldThing(OldThing event) {
        return fallback(event);
    }

    @Override
    default R visitPropertySet(PropertySet event) {
        return fallback(event);
    }

    @Override
    default R visitUnknown(UnknownEvent event) {
        return fallback(event);
    }

    @Override
    default R visitFailed(FailedEvent event) {
        return fallback(event);
    }

    @Override
    default R visitOther(QmpEvent event) {
        return fallback(event);
    }
}
