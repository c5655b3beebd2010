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
import java.util.Optional;
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * An element of the {@code grid} array.
 *
 * <p>Held by the data of {@code MATRIX}.
 *
 * @param x an integer (wire name {@code x})
 * @param label a string (wire name {@code label}, optional)
 * @param unknownFields members the spec does not list, in arrival order
 */
@Generated(
        value = "dev.qmpgen.processor.QmpEventsProcessor",
        comments = "from qemu-small.json"
)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({
        "x",
        "label"
})
public record MatrixGridElement(@JsonProperty("x") long x,
        @JsonProperty("label") Optional<String> label,
        @JsonAnyGetter Map<String, RawJson> unknownFields) {
    /**
     * The listed members; {@code read} switches on a name's index here.
     */
    private static final PropertyNameMatcher MEMBERS = FieldReader.members("x", "label");

    /**
     * Checks that required members are present; keeps lists and unknown members unmodifiable.
     *
     * @param x an integer (wire name {@code x})
     * @param label a string (wire name {@code label}, optional)
     * @param unknownFields members the spec does not list, in arrival order
     */
    public MatrixGridElement {
        Objects.requireNonNull(label, "label");
        unknownFields = UnknownFields.copyOf(unknownFields);
    }

    /**
     * A value without unknown members.
     *
     * @param x an integer (wire name {@code x})
     * @param label a string (wire name {@code label}, optional)
     */
    public MatrixGridElement(long x, Optional<String> label) {
        this(x, label, Map.of());
    }

    /**
     * Jackson databind's way in; decoding uses {@code read}.
     */
    @JsonCreator
    static MatrixGridElement fromJson(@JsonProperty("x") Long x,
            @JsonProperty("label") Optional<String> label,
            @JsonAnySetter Map<String, RawJson> unknownFields) {
        return new MatrixGridElement(Objects.requireNonNull(x, "x"), label, unknownFields == null ? Map.of() : unknownFields);
    }

    /**
     * Writes this object as the next value of {@code generator}.
     */
    void write(JsonGenerator generator) {
        generator.writeStartObject();
        generator.writeNumberProperty("x", x);
        if (label.isPresent()) {
            generator.writeStringProperty("label", label.get());
        }
        UnknownFields.write(unknownFields, generator);
        generator.writeEndObject();
    }

    /**
     * Decodes the object the parser is on, leaving it on the object's end; {@code event} and
     * {@code path} name the object in errors.
     */
    static MatrixGridElement read(JsonParser parser, String event, String path) {
        long x = 0L;
        boolean hasX = false;
        String label = null;
        UnknownFields.Collected unknownFields = null;
        long seen = 0L;
        for (int member = parser.nextNameMatch(MEMBERS); member != PropertyNameMatcher.MATCH_END_OBJECT; member = parser.nextNameMatch(MEMBERS)) {
            JsonToken token = parser.nextToken();
            seen = SeenMembers.mark(seen, member, parser, event, path);
            switch (member) {
                case 0 -> {
                    x = FieldReader.readLong(parser, token, event, path, "x");
                    hasX = true;
                }
                case 1 -> label = FieldReader.readString(parser, token, event, path, "label");
                default -> unknownFields = UnknownFields.put(unknownFields, parser.currentName(), parser);
            }
        }
        if (!hasX) {
            throw FieldReader.missing(event, path, "x");
        }
        return new MatrixGridElement(x, Optional.ofNullable(label), UnknownFields.adopt(unknownFields));
    }
}
