package com.example.qemu;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.qmpgen.runtime.DecodeException;
import dev.qmpgen.runtime.Enumerated;
import dev.qmpgen.runtime.RawJson;
import dev.qmpgen.runtime.Timestamp;
import dev.qmpgen.runtime.internal.FieldReader;
import dev.qmpgen.runtime.internal.NameTable;
import dev.qmpgen.runtime.internal.SeenMembers;
import dev.qmpgen.runtime.internal.UnknownFields;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * The BLOCK_JOB_DONE event.
 *
 * <p>Wire name: {@code BLOCK_JOB_DONE}.
 *
 * <p>From the schema of QEMU 9.9.0 (qmpgen test).
 *
 * @param timestamp when QEMU emitted the event
 * @param type one of the listed strings (wire name {@code type})
 * @param device a string (wire name {@code device})
 * @param len an integer (wire name {@code len})
 * @param offset an integer (wire name {@code offset})
 * @param error a string (wire name {@code error}, optional)
 * @param speed an integer (wire name {@code speed}, optional, deprecated)
 * @param unknownFields members the spec does not list, in arrival order
 */
@Generated(
        value = "dev.qmpgen.processor.QmpEventsProcessor",
        comments = "from qemu-small.json"
)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({
        "type",
        "device",
        "len",
        "offset",
        "error",
        "speed"
})
public record BlockJobDone(@JsonIgnore Timestamp timestamp,
        @JsonProperty("type") Enumerated<BlockJobDone.Type> type,
        @JsonProperty("device") String device, @JsonProperty("len") long len,
        @JsonProperty("offset") long offset, @JsonProperty("error") Optional<String> error,
        @JsonProperty("speed") OptionalLong speed,
        @JsonAnyGetter Map<String, RawJson> unknownFields) implements KnownEvent {
    /**
     * The wire name of this event.
     */
    public static final String EVENT_NAME = "BLOCK_JOB_DONE";

    /**
     * The listed members; {@code read} switches on a name's index here.
     */
    private static final PropertyNameMatcher MEMBERS = FieldReader.members("type", "device", "len", "offset", "error", "speed");

    /**
     * Checks that required members are present; keeps lists and unknown members unmodifiable.
     *
     * @param timestamp when QEMU emitted the event
     * @param type one of the listed strings (wire name {@code type})
     * @param device a string (wire name {@code device})
     * @param len an integer (wire name {@code len})
     * @param offset an integer (wire name {@code offset})
     * @param error a string (wire name {@code error}, optional)
     * @param speed an integer (wire name {@code speed}, optional, deprecated)
     * @param unknownFields members the spec does not list, in arrival order
     */
    public BlockJobDone {
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(speed, "speed");
        unknownFields = UnknownFields.copyOf(unknownFields);
    }

    /**
     * A value without unknown members.
     *
     * @param timestamp when QEMU emitted the event
     * @param type one of the listed strings (wire name {@code type})
     * @param device a string (wire name {@code device})
     * @param len an integer (wire name {@code len})
     * @param offset an integer (wire name {@code offset})
     * @param error a string (wire name {@code error}, optional)
     * @param speed an integer (wire name {@code speed}, optional, deprecated)
     */
    public BlockJobDone(Timestamp timestamp, Enumerated<Type> type, String device, long len,
            long offset, Optional<String> error, OptionalLong speed) {
        this(timestamp, type, device, len, offset, error, speed, Map.of());
    }

    /**
     * Jackson databind's way in; decoding uses {@code read}.
     */
    @JsonCreator
    static BlockJobDone fromJson(@JsonProperty("type") String type,
            @JsonProperty("device") String device, @JsonProperty("len") Long len,
            @JsonProperty("offset") Long offset, @JsonProperty("error") Optional<String> error,
            @JsonProperty("speed") OptionalLong speed,
            @JsonAnySetter Map<String, RawJson> unknownFields) {
        return new BlockJobDone(Timestamp.ABSENT, Type.fromWireName(Objects.requireNonNull(type, "type")), device, Objects.requireNonNull(len, "len"), Objects.requireNonNull(offset, "offset"), error, speed, unknownFields == null ? Map.of() : unknownFields);
    }

    /**
     * The {@code speed} member.
     *
     * @return the member's value
     * @deprecated QEMU marks this member deprecated
     */
    @Deprecated
    public OptionalLong speed() {
        return speed;
    }

    /**
     * Writes this object as the next value of {@code generator}.
     */
    void write(JsonGenerator generator) {
        generator.writeStartObject();
        generator.writeStringProperty("type", type.wireName());
        generator.writeStringProperty("device", device);
        generator.writeNumberProperty("len", len);
        generator.writeNumberProperty("offset", offset);
        if (error.isPresent()) {
            generator.writeStringProperty("error", error.get());
        }
        if (speed.isPresent()) {
            generator.writeNumberProperty("speed", speed.getAsLong());
        }
        UnknownFields.write(unknownFields, generator);
        generator.writeEndObject();
    }

    @Override
    public String eventName() {
        return EVENT_NAME;
    }

    @Override
    public <R> R accept(EventVisitor<R> visitor) {
        return visitor.visitBlockJobDone(this);
    }

    /**
     * Decodes the {@code data} object the parser is on, leaving it on the object's end.
     */
    static BlockJobDone read(Timestamp timestamp, JsonParser parser) {
        Enumerated<Type> type = null;
        String device = null;
        long len = 0L;
        boolean hasLen = false;
        long offset = 0L;
        boolean hasOffset = false;
        String error = null;
        long speed = 0L;
        boolean hasSpeed = false;
        UnknownFields.Collected unknownFields = null;
        long seen = 0L;
        for (int member = parser.nextNameMatch(MEMBERS); member != PropertyNameMatcher.MATCH_END_OBJECT; member = parser.nextNameMatch(MEMBERS)) {
            JsonToken token = parser.nextToken();
            seen = SeenMembers.mark(seen, member, parser, EVENT_NAME, "");
            switch (member) {
                case 0 -> type = FieldReader.readEnumerated(parser, token, EVENT_NAME, "", "type", Type.LISTED);
                case 1 -> device = FieldReader.readString(parser, token, EVENT_NAME, "", "device");
                case 2 -> {
                    len = FieldReader.readLong(parser, token, EVENT_NAME, "", "len");
                    hasLen = true;
                }
                case 3 -> {
                    offset = FieldReader.readLong(parser, token, EVENT_NAME, "", "offset");
                    hasOffset = true;
                }
                case 4 -> error = FieldReader.readString(parser, token, EVENT_NAME, "", "error");
                case 5 -> {
                    speed = FieldReader.readLong(parser, token, EVENT_NAME, "", "speed");
                    hasSpeed = true;
                }
                default -> unknownFields = UnknownFields.put(unknownFields, parser.currentName(), parser);
            }
        }
        if (type == null) {
            throw FieldReader.missing(EVENT_NAME, "", "type");
        }
        if (device == null) {
            throw FieldReader.missing(EVENT_NAME, "", "device");
        }
        if (!hasLen) {
            throw FieldReader.missing(EVENT_NAME, "", "len");
        }
        if (!hasOffset) {
            throw FieldReader.missing(EVENT_NAME, "", "offset");
        }
        return new BlockJobDone(timestamp, type, device, len, offset, Optional.ofNullable(error), hasSpeed ? OptionalLong.of(speed) : OptionalLong.empty(), UnknownFields.adopt(unknownFields));
    }

    /**
     * The event for an envelope without a {@code data} member.
     */
    static BlockJobDone decodeWithoutData(Timestamp timestamp) {
        throw DecodeException.missingField(EVENT_NAME, "type");
    }

    /**
     * Whether encoding writes a {@code data} member.
     */
    boolean hasData() {
        return true;
    }

    /**
     * The values the spec lists for {@code type}; any other arrives as {@link Enumerated.Unlisted}.
     */
    public enum Type implements Enumerated<Type> {
        /**
         * {@code commit}
         */
        COMMIT("commit"),

        /**
         * {@code stream}
         */
        STREAM("stream");

        /**
         * The constants by wire name; decoding finds a listed value without making a {@code String}.
         */
        static final NameTable<Type> LISTED = NameTable.ofWireNames(values());

        private final String wireName;

        Type(String wireName) {
            this.wireName = wireName;
        }

        @Override
        @JsonValue
        public String wireName() {
            return wireName;
        }

        @Override
        public Optional<Type> known() {
            return Optional.of(this);
        }

        @Override
        public String toString() {
            return wireName;
        }

        /**
         * The constant spelled {@code wireName} on the wire, or an unlisted value keeping it.
         *
         * @param wireName the value as JSON spells it
         * @return the listed constant, or the unlisted value
         */
        public static Enumerated<Type> fromWireName(String wireName) {
            return switch (wireName) {
                case "commit" -> COMMIT;
                case "stream" -> STREAM;
                default -> Enumerated.unlisted(wireName);
            };
        }
    }
}
