package com.example.vm;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.qmpgen.runtime.RawJson;
import dev.qmpgen.runtime.internal.FieldReader;
import dev.qmpgen.runtime.internal.SeenMembers;
import dev.qmpgen.runtime.internal.UnknownFields;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * who owns the disk.
 *
 * <p>Held by the data of {@code DISK_FULL}.
 *
 * @param name owner name (wire name {@code name})
 * @param uid owner id (wire name {@code uid}, optional)
 * @param unknownFields members the spec does not list, in arrival order
 */
@Generated(
        value = "dev.qmpgen.processor.QmpEventsProcessor",
        comments = "from disk-events.txt"
)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({
        "name",
        "uid"
})
public record DiskFullOwner(@JsonProperty("name") String name,
        @JsonProperty("uid") OptionalLong uid, @JsonAnyGetter Map<String, RawJson> unknownFields) {
    /**
     * The listed members; {@code read} switches on a name's index here.
     */
    private static final PropertyNameMatcher MEMBERS = FieldReader.members("name", "uid");

    /**
     * Checks that required members are present; keeps lists and unknown members unmodifiable.
     *
     * @param name owner name (wire name {@code name})
     * @param uid owner id (wire name {@code uid}, optional)
     * @param unknownFields members the spec does not list, in arrival order
     */
    public DiskFullOwner {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(uid, "uid");
        unknownFields = UnknownFields.copyOf(unknownFields);
    }

    /**
     * A value without unknown members.
     *
     * @param name owner name (wire name {@code name})
     * @param uid owner id (wire name {@code uid}, optional)
     */
    public DiskFullOwner(String name, OptionalLong uid) {
        this(name, uid, Map.of());
    }

    /**
     * Jackson databind's way in; decoding uses {@code read}.
     */
    @JsonCreator
    static DiskFullOwner fromJson(@JsonProperty("name") String name,
            @JsonProperty("uid") OptionalLong uid,
            @JsonAnySetter Map<String, RawJson> unknownFields) {
        return new DiskFullOwner(name, uid, unknownFields == null ? Map.of() : unknownFields);
    }

    /**
     * Writes this object as the next value of {@code generator}.
     */
    void write(JsonGenerator generator) {
        generator.writeStartObject();
        generator.writeStringProperty("name", name);
        if (uid.isPresent()) {
            generator.writeNumberProperty("uid", uid.getAsLong());
        }
        UnknownFields.write(unknownFields, generator);
        generator.writeEndObject();
    }

    /**
     * Decodes the object the parser is on, leaving it on the object's end; {@code event} and
     * {@code path} name the object in errors.
     */
    static DiskFullOwner read(JsonParser parser, String event, String path) {
        String name = null;
        long uid = 0L;
        boolean hasUid = false;
        UnknownFields.Collected unknownFields = null;
        long seen = 0L;
        for (int member = parser.nextNameMatch(MEMBERS); member != PropertyNameMatcher.MATCH_END_OBJECT; member = parser.nextNameMatch(MEMBERS)) {
            JsonToken token = parser.nextToken();
            seen = SeenMembers.mark(seen, member, parser, event, path);
            switch (member) {
                case 0 -> name = FieldReader.readString(parser, token, event, path, "name");
                case 1 -> {
                    uid = FieldReader.readLong(parser, token, event, path, "uid");
                    hasUid = true;
                }
                default -> unknownFields = UnknownFields.put(unknownFields, parser.currentName(), parser);
            }
        }
        if (name == null) {
            throw FieldReader.missing(event, path, "name");
        }
        return new DiskFullOwner(name, hasUid ? OptionalLong.of(uid) : OptionalLong.empty(), UnknownFields.adopt(unknownFields));
    }
}
