package dev.qmpgen.benchmarks.databind;

import dev.qmpgen.runtime.EventCatalog;
import dev.qmpgen.runtime.EventCodec;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.NamedType;

/**
 * Benchmark (2): Jackson 3 databind binding each line through an {@link EventEnvelope} into the
 * generated records of one catalog, the event name choosing the type of {@code data}. The subtypes
 * are registered from the catalog's codecs, as a databind user with many types would, and bound
 * through the records' own {@code @JsonCreator}s.
 */
public final class DatabindDecoder {

  // A reader resolved once, the fastest way databind offers to bind one type repeatedly.
  private final ObjectReader reader;

  public DatabindDecoder(EventCatalog catalog) {
    JsonMapper.Builder mapper =
        JsonMapper.builder()
            // Events without data (STOP, RESUME) have an "event" but no "data": not an error here.
            .disable(DeserializationFeature.FAIL_ON_MISSING_EXTERNAL_TYPE_ID_PROPERTY);
    for (EventCodec<?> codec : catalog.codecs()) {
      mapper.registerSubtypes(new NamedType(codec.eventType(), codec.eventName()));
    }
    reader = mapper.build().readerFor(EventEnvelope.class);
  }

  public EventEnvelope decode(byte[] line) {
    return reader.readValue(line);
  }
}
