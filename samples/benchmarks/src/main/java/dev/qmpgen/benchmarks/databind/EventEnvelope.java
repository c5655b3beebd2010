package dev.qmpgen.benchmarks.databind;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.qmpgen.runtime.RawJson;
import dev.qmpgen.runtime.Timestamp;

/**
 * A QMP event line as a Jackson databind user binds it into generated types: the event name picks
 * the type of {@code data} among the subtypes {@link DatabindDecoder} registers ({@code
 * EXTERNAL_PROPERTY}, which also copes with {@code data} arriving before {@code event}); a name
 * none is registered under binds its data as {@link RawJson}.
 *
 * @param data the bound data: a generated event record (whose timestamp databind cannot know, so it
 *     holds {@link Timestamp#ABSENT}), a {@link RawJson}, or null when the line has no data
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
          Object data) {
    this.event = event;
    this.timestamp = timestamp;
    this.data = data;
  }
}
