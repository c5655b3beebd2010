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
 * The {@code value} object.
 *
 * <p>Held by the data of {@code PROPERTY_SET}.
 *
 * @param scale an integer (wire name {@code scale})
 * @param unknownFields members the spec does not list, in arrival order
 */
@Generated(
        value = "dev.qmpgen.processor.QmpEventsProcessor",
        comments = "from qemu-small.json"
)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder("scale")
public record PropertySetSettingValue(@JsonProperty("scale") long scale,
        @JsonAnyGetter Map<String, RawJson> unknownFields) {
    /**
     * The listed members; {@code read} switches on a name's index here.
     */
    private static final PropertyNameMatcher MEMBERS = FieldReader.members("scale");

    /**
     * Checks that required members are present; keeps lists and unknown members unmodifiable.
     *
     * @param scale an integer (wire name {@code scale})
     * @param unknownFields members the spec does not list, in arrival order
     */
    public PropertySetSettingValue {
        unknownFields = UnknownFields.copyOf(unknownFields);
    }

    /**
     * A value without unknown members.
     *
     * @param scale an integer (wire name {@code scale})
     */
    public PropertySetSettingValue(long scale) {
        this(scale, Map.of());
    }

    /**
     * Jackson databind's way in; decoding uses {@code read}.
     */
    @JsonCreator
    static PropertySetSettingValue fromJson(@JsonProperty("scale") Long scale,
            @JsonAnySetter Map<String, RawJson> unknownFields) {
        return new PropertySetSettingValue(Objects.requireNonNull(scale, "scale"), unknownFields == null ? Map.of() : unknownFields);
    }

    /**
     * Writes this object as the next value of {@code generator}.
     */
    void write(JsonGenerator generator) {
        generator.writeStartObject();
        generator.writeNumberProperty("scale", scale);
        UnknownFields.write(unknownFields, generator);
        generator.writeEndObject();
    }

    /**
     * Decodes the object the parser is on, leaving it on the object's end; {@code event} and
     * {@code path} name the object in errors.
     */
    static PropertySetSettingValue read(JsonParser parser, String event, String path) {
        long scale = 0L;
        boolean hasScale = false;
        UnknownFields.Collected unknownFields = null;
        long seen = 0L;
        for (int member = parser.nextNameMatch(MEMBERS); member != PropertyNameMatcher.MATCH_END_OBJECT; member = parser.nextNameMatch(MEMBERS)) {
            JsonToken token = parser.nextToken();
            seen = SeenMembers.mark(seen, member, parser, event, path);
            switch (member) {
                case 0 -> {
                    scale = FieldReader.readLong(parser, token, event, path, "scale");
                    hasScale = true;
                }
                default -> unknownFields = UnknownFields.put(unknownFields, parser.currentName(), parser);
            }
        }
        if (!hasScale) {
            throw FieldReader.missing(event, path, "scale");
        }
        return new PropertySetSettingValue(scale, UnknownFields.adopt(unknownFields));
    }
}
