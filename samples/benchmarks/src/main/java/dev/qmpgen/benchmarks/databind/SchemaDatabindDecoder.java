package dev.qmpgen.benchmarks.databind;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.qmpgen.runtime.EventCodec;
import dev.qmpgen.runtime.RawJson;
import dev.qmpgen.runtime.Timestamp;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.NamedType;

/**
 * Jackson 3 databind binding each line into the records of the bundled QEMU 7.2 bindings ({@code
 * dev.qmpgen.qemu}), the event name choosing the type of {@code data}. The 52 subtypes are
 * registered from the catalog's codecs, as a databind user with that many types would.
 *
 * <p>Unlike {@link DatabindDecoder} it leaves the timestamp on the envelope instead of rebuilding
 * each record with it (52 constructors by hand): that only spares databind work, so the figure
 * flatters databind, not the generated decoder.
 */
public final class SchemaDatabindDecoder {

  /**
   * A QMP event line: {@code data} bound by the type registered under the event's name, or kept as
   * {@link RawJson} for a name none is registered under; null when the line has no data.
   */
  public record Envelope(String event, Timestamp timestamp, Object data) {

    @JsonCreator
    public Envelope(
        @JsonProperty("event") String event,
        @JsonProperty("timestamp") Timestamp timestamp,
        @JsonProperty("data")
            @JsonTypeInfo(
                use = JsonTypeInfo.Id.NAME,
                include = JsonTypeInfo.As.EXTERNAL_PROPERTY,
                property = "event",
                visible = true,
                defaultImpl = RawJson.class)
            Object data) {
      this.event = event;
      this.timestamp = timestamp;
      this.data = data;
    }
  }

  private final ObjectReader reader;

  public SchemaDatabindDecoder() {
    JsonMapper.Builder mapper =
        JsonMapper.builder()
            // Events without data (STOP, RESUME) have an "event" but no "data": not an error here.
            .disable(DeserializationFeature.FAIL_ON_MISSING_EXTERNAL_TYPE_ID_PROPERTY);
    for (EventCodec<?> codec : dev.qmpgen.qemu.Events.catalog().codecs()) {
      mapper.registerSubtypes(new NamedType(codec.eventType(), codec.eventName()));
    }
    reader = mapper.build().readerFor(Envelope.class);
  }

  public Envelope decode(byte[] line) {
    return reader.readValue(line);
  }
}
