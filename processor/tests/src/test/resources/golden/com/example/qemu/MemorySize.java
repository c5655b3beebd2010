package com.example.qemu;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.qmpgen.runtime.DecodeException;
import dev.qmpgen.runtime.RawJson;
import dev.qmpgen.runtime.Timestamp;
import dev.qmpgen.runtime.internal.FieldReader;
import dev.qmpgen.runtime.internal.SchemaValues;
import dev.qmpgen.runtime.internal.SeenMembers;
import dev.qmpgen.runtime.internal.UnknownFields;
import java.util.List;
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
 * The MEMORY_SIZE event.
 *
 * <p>Wire name: {@code MEMORY_SIZE}.
 *
 * <p>From the schema of QEMU 9.9.0 (qmpgen test).
 *
 * @param timestamp when QEMU emitted the event
 * @param id a string (wire name {@code id}, optional)
 * @param size an unsigned 64-bit integer; the {@code long} holds its 64 bits, read it with {@link Long#toUnsignedString(long)} (wire name {@code size})
 * @param limit an unsigned 64-bit integer; the {@code long} holds its 64 bits, read it with {@link Long#toUnsignedString(long)} (wire name {@code limit}, optional)
 * @param sizes an array of unsigned 64-bit integers (wire name {@code sizes}, optional)
 * @param unknownFields members the spec does not list, in arrival order
 */
@Generated(
        value = "dev.qmpgen.processor.QmpEventsProcessor",
        comments = "from qemu-small.json"
)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({
        "id",
        "size",
        "limit",
        "sizes"
})
public record MemorySize(@JsonIgnore Timestamp timestamp, @JsonProperty("id") Optional<String> id,
        @JsonProperty("size") long size, @JsonProperty("limit") OptionalLong limit,
        @JsonProperty("sizes") Optional<List<Long>> sizes,
        @JsonAnyGetter Map<String, RawJson> unknownFields) implements KnownEvent {
    /**
     * The wire name of this event.
     */
    public static final String EVENT_NAME = "MEMORY_SIZE";

    /**
     * The listed members; {@code read} switches on a name's index here.
     */
    private static final PropertyNameMatcher MEMBERS = FieldReader.members("id", "size", "limit", "sizes");

    /**
     * Checks that required members are present; keeps lists and unknown members unmodifiable.
     *
     * @param timestamp when QEMU emitted the event
     * @param id a string (wire name {@code id}, optional)
     * @param size an unsigned 64-bit integer; the {@code long} holds its 64 bits, read it with {@link Long#toUnsignedString(long)} (wire name {@code size})
     * @param limit an unsigned 64-bit integer; the {@code long} holds its 64 bits, read it with {@link Long#toUnsignedString(long)} (wire name {@code limit}, optional)
     * @param sizes an array of unsigned 64-bit integers (wire name {@code sizes}, optional)
     * @param unknownFields members the spec does not list, in arrival order
     */
    public MemorySize {
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(limit, "limit");
        sizes = sizes.map(List::copyOf);
        unknownFields = UnknownFields.copyOf(unknownFields);
    }

    /**
     * A value without unknown members.
     *
     * @param timestamp when QEMU emitted the event
     * @param id a string (wire name {@code id}, optional)
     * @param size an unsigned 64-bit integer; the {@code long} holds its 64 bits, read it with {@link Long#toUnsignedString(long)} (wire name {@code size})
     * @param limit an unsigned 64-bit integer; the {@code long} holds its 64 bits, read it with {@link Long#toUnsignedString(long)} (wire name {@code limit}, optional)
     * @param sizes an array of unsigned 64-bit integers (wire name {@code sizes}, optional)
     */
    public MemorySize(Timestamp timestamp, Optional<String> id, long size, OptionalLong limit,
            Optional<List<Long>> sizes) {
        this(timestamp, id, size, limit, sizes, Map.of());
    }

    /**
     * Jackson databind's way in; decoding uses {@code read}.
     */
    @JsonCreator
    static MemorySize fromJson(@JsonProperty("id") Optional<String> id,
            @JsonProperty("size") Long size, @JsonProperty("limit") OptionalLong limit,
            @JsonProperty("sizes") Optional<RawJson> sizes,
            @JsonAnySetter Map<String, RawJson> unknownFields) {
        return new MemorySize(Timestamp.ABSENT, id, Objects.requireNonNull(size, "size"), limit, sizes.map(raw -> SchemaValues.fromJson(raw, (parser_1, token_1, event_1, path_1, name_1) -> SchemaValues.readList(parser_1, token_1, event_1, path_1, name_1, (parser_2, token_2, event_2, path_2, name_2) -> SchemaValues.readUnsigned(parser_2, token_2, event_2, path_2, name_2)))), unknownFields == null ? Map.of() : unknownFields);
    }

    /**
     * Writes this object as the next value of {@code generator}.
     */
    void write(JsonGenerator generator) {
        generator.writeStartObject();
        if (id.isPresent()) {
            generator.writeStringProperty("id", id.get());
        }
        generator.writeName("size");
        SchemaValues.writeUnsigned(generator, size);
        if (limit.isPresent()) {
            generator.writeName("limit");
            SchemaValues.writeUnsigned(generator, limit.getAsLong());
        }
        if (sizes.isPresent()) {
            generator.writeName("sizes");
            generator.writeStartArray();
            for (Long element_1 : sizes.get()) {
                SchemaValues.writeUnsigned(generator, element_1);
            }
            generator.writeEndArray();
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
        return visitor.visitMemorySize(this);
    }

    /**
     * Decodes the {@code data} object the parser is on, leaving it on the object's end.
     */
    static MemorySize read(Timestamp timestamp, JsonParser parser) {
        String id = null;
        long size = 0L;
        boolean hasSize = false;
        long limit = 0L;
        boolean hasLimit = false;
        List<Long> sizes = null;
        UnknownFields.Collected unknownFields = null;
        long seen = 0L;
        for (int member = parser.nextNameMatch(MEMBERS); member != PropertyNameMatcher.MATCH_END_OBJECT; member = parser.nextNameMatch(MEMBERS)) {
            JsonToken token = parser.nextToken();
            seen = SeenMembers.mark(seen, member, parser, EVENT_NAME, "");
            switch (member) {
                case 0 -> id = FieldReader.readString(parser, token, EVENT_NAME, "", "id");
                case 1 -> {
                    size = SchemaValues.readUnsigned(parser, token, EVENT_NAME, "", "size");
                    hasSize = true;
                }
                case 2 -> {
                    limit = SchemaValues.readUnsigned(parser, token, EVENT_NAME, "", "limit");
                    hasLimit = true;
                }
                case 3 -> sizes = SchemaValues.readList(parser, token, EVENT_NAME, "", "sizes", (parser_1, token_1, event_1, path_1, name_1) -> SchemaValues.readUnsigned(parser_1, token_1, event_1, path_1, name_1));
                default -> unknownFields = UnknownFields.put(unknownFields, parser.currentName(), parser);
            }
        }
        if (!hasSize) {
            throw FieldReader.missing(EVENT_NAME, "", "size");
        }
        return new MemorySize(timestamp, Optional.ofNullable(id), size, hasLimit ? OptionalLong.of(limit) : OptionalLong.empty(), Optional.ofNullable(sizes), UnknownFields.adopt(unknownFields));
    }

    /**
     * The event for an envelope without a {@code data} member.
     */
    static MemorySize decodeWithoutData(Timestamp timestamp) {
        throw DecodeException.missingField(EVENT_NAME, "size");
    }

    /**
     * Whether encoding writes a {@code data} member.
     */
    boolean hasData() {
        return true;
    }
}
