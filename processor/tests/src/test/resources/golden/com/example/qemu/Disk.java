package com.example.qemu;

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
 * The {@code disk} object.
 *
 * <p>Held by the data of {@code DISK_ATTACHED}, {@code DISK_DETACHED}.
 *
 * @param node a string (wire name {@code node})
 * @param readOnly a boolean (wire name {@code read-only})
 * @param unknownFields members the spec does not list, in arrival order
 */
@Generated(
        value = "dev.qmpgen.processor.QmpEventsProcessor",
        comments = "from qemu-small.json"
)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({
        "node",
        "read-only"
})
public record Disk(@JsonProperty("node") String node, @JsonProperty("read-only") boolean readOnly,
        @JsonAnyGetter Map<String, RawJson> unknownFields) {
    /**
     * The listed members; {@code read} switches on a name's index here.
     */
    private static final PropertyNameMatcher MEMBERS = FieldReader.members("node", "read-only");

    /**
     * Checks that required members are present; keeps lists and unknown members unmodifiable.
     *
     * @param node a string (wire name {@code node})
     * @param readOnly a boolean (wire name {@code read-only})
     * @param unknownFields members the spec does not list, in arrival order
     */
    public Disk {
        Objects.requireNonNull(node, "node");
        unknownFields = UnknownFields.copyOf(unknownFields);
    }

    /**
     * A value without unknown members.
     *
     * @param node a string (wire name {@code node})
     * @param readOnly a boolean (wire name {@code read-only})
     */
    public Disk(String node, boolean readOnly) {
        this(node, readOnly, Map.of());
    }

    /**
     * Jackson databind's way in; decoding uses {@code read}.
     */
    @JsonCreator
    static Disk fromJson(@JsonProperty("node") String node,
            @JsonProperty("read-only") Boolean readOnly,
            @JsonAnySetter Map<String, RawJson> unknownFields) {
        return new Disk(node, Objects.requireNonNull(readOnly, "read-only"), unknownFields == null ? Map.of() : unknownFields);
    }

    /**
     * Writes this object as the next value of {@code generator}.
     */
    void write(JsonGenerator generator) {
        generator.writeStartObject();
        generator.writeStringProperty("node", node);
        generator.writeBooleanProperty("read-only", readOnly);
        UnknownFields.write(unknownFields, generator);
        generator.writeEndObject();
    }

    /**
     * Decodes the object the parser is on, leaving it on the object's end; {@code event} and
     * {@code path} name the object in errors.
     */
    static Disk read(JsonParser parser, String event, String path) {
        String node = null;
        boolean readOnly = false;
        boolean hasReadOnly = false;
        UnknownFields.Collected unknownFields = null;
        long seen = 0L;
        for (int member = parser.nextNameMatch(MEMBERS); member != PropertyNameMatcher.MATCH_END_OBJECT; member = parser.nextNameMatch(MEMBERS)) {
            JsonToken token = parser.nextToken();
            seen = SeenMembers.mark(seen, member, parser, event, path);
            switch (member) {
                case 0 -> node = FieldReader.readString(parser, token, event, path, "node");
                case 1 -> {
                    readOnly = FieldReader.readBoolean(parser, token, event, path, "read-only");
                    hasReadOnly = true;
                }
                default -> unknownFields = UnknownFields.put(unknownFields, parser.currentName(), parser);
            }
        }
        if (node == null) {
            throw FieldReader.missing(event, path, "node");
        }
        if (!hasReadOnly) {
            throw FieldReader.missing(event, path, "read-only");
        }
        return new Disk(node, readOnly, UnknownFields.adopt(unknownFields));
    }
}
