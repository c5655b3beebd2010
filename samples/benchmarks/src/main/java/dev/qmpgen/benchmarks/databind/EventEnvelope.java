package dev.qmpgen.benchmarks.databind;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.qmpgen.events.BlockIoError;
import dev.qmpgen.events.Reset;
import dev.qmpgen.events.Resume;
import dev.qmpgen.events.RtcChange;
import dev.qmpgen.events.Shutdown;
import dev.qmpgen.events.Stop;
import dev.qmpgen.events.VncConnected;
import dev.qmpgen.events.VncDisconnected;
import dev.qmpgen.events.VncInitialized;
import dev.qmpgen.events.Watchdog;
import dev.qmpgen.runtime.RawJson;
import dev.qmpgen.runtime.Timestamp;

/**
 * A QMP event line as a Jackson databind user binds it into the generated types: the event name
 * picks the type of {@code data} ({@code EXTERNAL_PROPERTY}, which also copes with {@code data}
 * arriving before {@code event}); a name no subtype lists binds its data as {@link RawJson}.
 *
 * @param data the bound data: a generated event record (whose timestamp databind cannot know, so it
 *     holds {@link Timestamp#UNAVAILABLE}), a {@link RawJson}, or null when the line has no data
 */
public record EventEnvelope(String event, Timestamp timestamp, Object data) {

  @JsonCreator
  public EventEnvelope(
      @JsonProperty("event") String event,
      @JsonProperty("timestamp") Timestamp timestamp,
      @JsonProperty("data")
          @JsonTypeInfo(
              use = JsonTypeInfo.Id.NAME,
              include = JsonTypeInfo.As.EXTERNAL_PROPERTY,
              property = "event",
              visible = true,
              defaultImpl = RawJson.class)
          @JsonSubTypes({
            @JsonSubTypes.Type(value = BlockIoError.class, name = BlockIoError.EVENT_NAME),
            @JsonSubTypes.Type(value = Reset.class, name = Reset.EVENT_NAME),
            @JsonSubTypes.Type(value = Resume.class, name = Resume.EVENT_NAME),
            @JsonSubTypes.Type(value = RtcChange.class, name = RtcChange.EVENT_NAME),
            @JsonSubTypes.Type(value = Shutdown.class, name = Shutdown.EVENT_NAME),
            @JsonSubTypes.Type(value = Stop.class, name = Stop.EVENT_NAME),
            @JsonSubTypes.Type(value = VncConnected.class, name = VncConnected.EVENT_NAME),
            @JsonSubTypes.Type(value = VncDisconnected.class, name = VncDisconnected.EVENT_NAME),
            @JsonSubTypes.Type(value = VncInitialized.class, name = VncInitialized.EVENT_NAME),
            @JsonSubTypes.Type(value = Watchdog.class, name = Watchdog.EVENT_NAME)
          })
          Object data) {
    this.event = event;
    this.timestamp = timestamp;
    this.data = data;
  }
}
