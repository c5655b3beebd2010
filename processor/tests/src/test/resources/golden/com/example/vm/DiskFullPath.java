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
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * An element of the {@code paths} array.
 *
 * <p>Held by the data of {@code DISK_FULL}.
 *
 * @param path the path (wire name {@code path})
 * @param unknownFields members the spec does not list, in arrival order
 */
@Generated(
        value = "dev.qmpgen.processor.QmpEventsProcessor",
        comments = "from disk-events.txt"
)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder("path")
public record DiskFullPath(@JsonProperty("path") String path,
        @JsonAnyGetter Map<String, RawJson> unknownFields) {
    /**
     * The listed members; {@code read} switches on a name's index here.
     */
    private static final PropertyNameMatcher MEMBERS = FieldReader.members("path");

    /**
     * Checks that required members are present; keeps lists and unknown members unmodifiable.
     *
     * @param path the path (wire name {@code path})
     * @param unknownFields members the spec does not list, in arrival order
     */
    public DiskFullPath {
        Objects.requireNonNull(path, "path");
        unknownFields = UnknownFields.copyOf(unknownFields);
    }

    /**
     * A value without unknown members.
     *
     * @param path the path (wire name {@code path})
     */
    public DiskFullPath(String path) {
        this(path, Map.of());
    }

    /**
     * Jackson databind's way in; decoding uses {@code read}.
     */
    @JsonCreator
    static DiskFullPath fromJson(@JsonProperty("path") String path,
            @JsonAnySetter Map<String, RawJson> unknownFields) {
        return new DiskFullPath(path, unknownFields == null ? Map.of() : unknownFields);
    }

    /**
     * Writes this object as the next value of {@code generator}.
     */
    void write(JsonGenerator generator) {
        generator.writeStartObject();
        generator.writeStringProperty("path", path);
        UnknownFields.write(unknownFields, generator);
        generator.writeEndObject();
    }

    /**
     * Decodes the object the parser is on, leaving it on the object's end; {@code event} and
     * {@code path} name the object in errors.
     */
    static DiskFullPath read(JsonParser parser, String event, String path) {
        String path_ = null;
        UnknownFields.Collected unknownFields = null;
        long seen = 0L;
        for (int member = parser.nextNameMatch(MEMBERS); member != PropertyNameMatcher.MATCH_END_OBJECT; member = parser.nextNameMatch(MEMBERS)) {
            JsonToken token = parser.nextToken();
            seen = SeenMembers.mark(seen, member, parser, event, path);
            switch (member) {
                case 0 -> path_ = FieldReader.readString(parser, token, event, path, "path");
                default -> unknownFields = UnknownFields.put(unknownFields, parser.currentName(), parser);
            }
        }
        if (path_ == null) {
            throw FieldReader.missing(event, path, "path");
        }
        return new DiskFullPath(path_, UnknownFields.adopt(unknownFields));
    }
}
