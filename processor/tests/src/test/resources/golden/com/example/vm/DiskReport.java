package com.example.vm;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.qmpgen.runtime.DecodeException;
import dev.qmpgen.runtime.RawJson;
import dev.qmpgen.runtime.Timestamp;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Emitted with a report whose members are described elsewhere.
 *
 * <p>Wire name: {@code DISK_REPORT}.
 *
 * <p>Example:
 *
 * <pre>{@code
 * { "event": "DISK_REPORT",
 *   "data": { "device": "d0", "errors": 0 } }
 * }</pre>
 *
 * @param timestamp when QEMU emitted the event
 * @param data the whole {@code data} object, as sent: DiskReport type as described in qapi-schema.json
 */
@Generated(
        value = "dev.qmpgen.processor.QmpEventsProcessor",
        comments = "from disk-events.txt"
)
public record DiskReport(@JsonIgnore Timestamp timestamp,
        @JsonValue RawJson data) implements KnownEvent {
    /**
     * The wire name of this event.
     */
    public static final String EVENT_NAME = "DISK_REPORT";

    /**
     * Checks that both are present.
     *
     * @param timestamp when QEMU emitted the event
     * @param data the whole {@code data} object, as sent
     */
    public DiskReport {
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(data, "data");
    }

    /**
     * Jackson databind's way in: the data object as it is; decoding uses {@code read}.
     */
    @JsonCreator(
            mode = JsonCreator.Mode.DELEGATING
    )
    static DiskReport fromJson(RawJson data) {
        return new DiskReport(Timestamp.ABSENT, data);
    }

    /**
     * Always empty: the whole data object is {@link #data()}.
     */
    @Override
    public Map<String, RawJson> unknownFields() {
        return Map.of();
    }

    @Override
    public String eventName() {
        return EVENT_NAME;
    }

    @Override
    public <R> R accept(EventVisitor<R> visitor) {
        return visitor.visitDiskReport(this);
    }

    /**
     * Decodes the {@code data} object the parser is on, leaving it on the object's end.
     */
    static DiskReport read(Timestamp timestamp, JsonParser parser) {
        return new DiskReport(timestamp, RawJson.read(parser));
    }

    /**
     * The event for an envelope without a {@code data} member.
     */
    static DiskReport decodeWithoutData(Timestamp timestamp) {
        throw DecodeException.missingField(EVENT_NAME, "data");
    }

    /**
     * Whether encoding writes a {@code data} member.
     */
    boolean hasData() {
        return true;
    }

    /**
     * Writes the data object as the next value of {@code generator}, as it was sent.
     */
    void write(JsonGenerator generator) {
        data.write(generator);
    }
}
