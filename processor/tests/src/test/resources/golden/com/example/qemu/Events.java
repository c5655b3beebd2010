package com.example.qemu;

import dev.qmpgen.runtime.EventCatalog;
import dev.qmpgen.runtime.EventCodec;
import dev.qmpgen.runtime.EventRegistry;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The codecs of the events of {@code qemu-small.json}.
 *
 * <pre>{@code
 * QmpEvent event = Events.registry().decode(line);
 * EventRegistry all = EventRegistry.of(Events.catalog(), otherSpecEvents);
 * }</pre>
 */
@Generated(
        value = "dev.qmpgen.processor.QmpEventsProcessor",
        comments = "from qemu-small.json"
)
public final class Events implements EventCatalog {
    private static final Events CATALOG = new Events();

    @SuppressWarnings("deprecation")
    private final List<EventCodec<?>> codecs = List.<EventCodec<?>>of(
        EventCodec.of(BlockJobDone.EVENT_NAME, BlockJobDone.class, BlockJobDone::read, BlockJobDone::decodeWithoutData, BlockJobDone::hasData, BlockJobDone::write),
        EventCodec.of(DiskAttached.EVENT_NAME, DiskAttached.class, DiskAttached::read, DiskAttached::decodeWithoutData, DiskAttached::hasData, DiskAttached::write),
        EventCodec.of(DiskDetached.EVENT_NAME, DiskDetached.class, DiskDetached::read, DiskDetached::decodeWithoutData, DiskDetached::hasData, DiskDetached::write),
        EventCodec.of(GuestCrash.EVENT_NAME, GuestCrash.class, GuestCrash::read, GuestCrash::decodeWithoutData, GuestCrash::hasData, GuestCrash::write),
        EventCodec.of(Matrix.EVENT_NAME, Matrix.class, Matrix::read, Matrix::decodeWithoutData, Matrix::hasData, Matrix::write),
        EventCodec.of(MemorySize.EVENT_NAME, MemorySize.class, MemorySize::read, MemorySize::decodeWithoutData, MemorySize::hasData, MemorySize::write),
        EventCodec.of(OldThing.EVENT_NAME, OldThing.class, OldThing::read, OldThing::decodeWithoutData, OldThing::hasData, OldThing::write),
        EventCodec.of(PropertySet.EVENT_NAME, PropertySet.class, PropertySet::read, PropertySet::decodeWithoutData, PropertySet::hasData, PropertySet::write));

    private Events() {
    }

    /**
     * This spec's catalog.
     *
     * @return the one catalog of these bindings
     */
    public static Events catalog() {
        return CATALOG;
    }

    /**
     * A registry of this spec's events alone.
     *
     * @return the registry, built on first use
     */
    public static EventRegistry registry() {
        return RegistryHolder.REGISTRY;
    }

    @Override
    public List<EventCodec<?>> codecs() {
        return codecs;
    }

    /**
     * Builds the registry on first use.
     */
    private static final class RegistryHolder {
        static final EventRegistry REGISTRY = EventRegistry.of(CATALOG);
    }
}
