package com.example.vm;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.qmpgen.runtime.RawJson;
import dev.qmpgen.runtime.Timestamp;
import dev.qmpgen.runtime.internal.UnknownFields;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Emitted now and then.
 *
 * <p>Wire name: {@code PING}.
 *
 * @param timestamp when QEMU emitted the event
 * @param unknownFields members the spec does not list, in arrival order
 */
@Generated(
        value = "dev.qmpgen.processor.QmpEventsProcessor",
        comments = "from disk-events.txt"
)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record Ping(@JsonIgnore Timestamp timestamp,
        @JsonAnyGetter Map<String, RawJson> unknownFields) implements KnownEvent {
    /**
     * The wire name of this event.
     */
    public static final String EVENT_NAME = "PING";

    /**
     * Checks that required members are present; keeps lists and unknown members unmodifiable.
     *
     * @param timestamp when QEMU emitted the event
     * @param unknownFields members the spec does not list, in arrival order
     */
    public Ping {
        Objects.requireNonNull(timestamp, "timestamp");
        unknownFields = UnknownFields.copyOf(unknownFields);
    }

    /**
     * A value without unknown members.
     *
     * @param timestamp when QEMU emitted the event
     */
    public Ping(Timestamp timestamp) {
        this(timestamp, Map.of());
    }

    /**
     * Jackson databind's way in; decoding uses {@code read}.
     */
    @JsonCreator
    static Ping fromJson(@JsonAnySetter Map<String, RawJson> unknownFields) {
        return new Ping(Timestamp.ABSENT, unknownFields == null ? Map.of() : unknownFields);
    }

    /**
     * Writes this object as the next value of {@code generator}.
     */
    void write(JsonGenerator generator) {
        generator.writeStartObject();
        UnknownFields.write(unknownFields, generator);
        generator.writeEndObject();
    }

    @Override
    public String eventName() {
        return EVENT_NAME;
    }

    @Override
    public <R> R accept(EventVisitor<R> visitor) {
        return visitor.visitPing(this);
    }

    /**
     * Decodes the {@code data} object the parser is on, leaving it on the object's end.
     */
    static Ping read(Timestamp timestamp, JsonParser parser) {
        UnknownFields.Collected unknownFields = null;
        for (String member = parser.nextName(); member != null; member = parser.nextName()) {
            parser.nextToken();
            unknownFields = UnknownFields.put(unknownFields, member, parser);
        }
        return new Ping(timestamp, UnknownFields.adopt(unknownFields));
    }

    /**
     * The event for an envelope without a {@code data} member.
     */
    static Ping decodeWithoutData(Timestamp timestamp) {
        return new Ping(timestamp);
    }

    /**
     * Whether encoding writes a {@code data} member.
     */
    boolean hasData() {
        return !unknownFields.isEmpty();
    }
}
