package com.example.vm;

import dev.qmpgen.runtime.EventCatalog;
import dev.qmpgen.runtime.EventCodec;
import dev.qmpgen.runtime.EventRegistry;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The codecs of the events of {@code disk-events.txt}.
 *
 * <pre>{@code
 * QmpEvent event = Events.registry().decode(line);
 * EventRegistry all = EventRegistry.of(Events.catalog(), otherSpecEvents);
 * }</pre>
 */
@Generated(
        value = "dev.qmpgen.processor.QmpEventsProcessor",
        comments = "from disk-events.txt"
)
public final class Events implements EventCatalog {
    private static final Events CATALOG = new Events();

    private final List<EventCodec<?>> codecs = List.<EventCodec<?>>of(
        EventCodec.of(DiskFull.EVENT_NAME, DiskFull.class, DiskFull::read, DiskFull::decodeWithoutData, DiskFull::hasData, DiskFull::write),
        EventCodec.of(Ping.EVENT_NAME, Ping.class, Ping::read, Ping::decodeWithoutData, Ping::hasData, Ping::write),
        EventCodec.of(DiskReport.EVENT_NAME, DiskReport.class, DiskReport::read, DiskReport::decodeWithoutData, DiskReport::hasData, DiskReport::write));

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
