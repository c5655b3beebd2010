package dev.qmpgen.runtime;

import java.util.List;

/** The codecs generated from one spec text; registries are built from one or more catalogs. */
public interface EventCatalog {

  List<EventCodec<?>> codecs();
}
