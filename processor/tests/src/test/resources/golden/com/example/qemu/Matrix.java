package com.example.qemu;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.qmpgen.runtime.DecodeException;
import dev.qmpgen.runtime.Enumerated;
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
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * The MATRIX event.
 *
 * <p>Wire name: {@code MATRIX}.
 *
 * <p>From the schema of QEMU 9.9.0 (qmpgen test).
 *
 * @param timestamp when QEMU emitted the event
 * @param grid an array of arrays (wire name {@code grid})
 * @param colours an array of listed strings (wire name {@code colours})
 * @param counts an array of arrays (wire name {@code counts}, optional)
 * @param unknownFields members the spec does not list, in arrival order
 */
@Generated(
        value = "dev.qmpgen.processor.QmpEventsProcessor",
        comments = "from qemu-small.json"
)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({
        "grid",
        "colours",
        "counts"
})
public record Matrix(@JsonIgnore Timestamp timestamp,
        @JsonProperty("grid") List<List<MatrixGridElement>> grid,
        @JsonProperty("colours") List<Enumerated<Colour>> colours,
        @JsonProperty("counts") Optional<List<List<Long>>> counts,
        @JsonAnyGetter Map<String, RawJson> unknownFields) implements KnownEvent {
    /**
     * The wire name of this event.
     */
    public static final String EVENT_NAME = "MATRIX";

    /**
     * The listed members; {@code read} switches on a name's index here.
     */
    private static final PropertyNameMatcher MEMBERS = FieldReader.members("grid", "colours", "counts");

    /**
     * Checks that required members are present; keeps lists and unknown members unmodifiable.
     *
     * @param timestamp when QEMU emitted the event
     * @param grid an array of arrays (wire name {@code grid})
     * @param colours an array of listed strings (wire name {@code colours})
     * @param counts an array of arrays (wire name {@code counts}, optional)
     * @param unknownFields members the spec does not list, in arrival order
     */
    public Matrix {
        Objects.requireNonNull(timestamp, "timestamp");
        grid = List.copyOf(grid);
        colours = List.copyOf(colours);
        counts = counts.map(List::copyOf);
        unknownFields = UnknownFields.copyOf(unknownFields);
    }

    /**
     * A value without unknown members.
     *
     * @param timestamp when QEMU emitted the event
     * @param grid an array of arrays (wire name {@code grid})
     * @param colours an array of listed strings (wire name {@code colours})
     * @param counts an array of arrays (wire name {@code counts}, optional)
     */
    public Matrix(Timestamp timestamp, List<List<MatrixGridElement>> grid,
            List<Enumerated<Colour>> colours, Optional<List<List<Long>>> counts) {
        this(timestamp, grid, colours, counts, Map.of());
    }

    /**
     * Jackson databind's way in; decoding uses {@code read}.
     */
    @JsonCreator
    static Matrix fromJson(@JsonProperty("grid") RawJson grid,
            @JsonProperty("colours") RawJson colours,
            @JsonProperty("counts") Optional<RawJson> counts,
            @JsonAnySetter Map<String, RawJson> unknownFields) {
        return new Matrix(Timestamp.ABSENT, SchemaValues.fromJson(grid != null ? grid : RawJson.parse("null"), (parser_1, token_1, event_1, path_1, name_1) -> SchemaValues.readList(parser_1, token_1, event_1, path_1, name_1, (parser_2, token_2, event_2, path_2, name_2) -> SchemaValues.readList(parser_2, token_2, event_2, path_2, name_2, (parser_3, token_3, event_3, path_3, name_3) -> FieldReader.readObject(parser_3, token_3, event_3, path_3, name_3, MatrixGridElement::read)))), SchemaValues.fromJson(colours != null ? colours : RawJson.parse("null"), (parser_1, token_1, event_1, path_1, name_1) -> SchemaValues.readList(parser_1, token_1, event_1, path_1, name_1, (parser_2, token_2, event_2, path_2, name_2) -> FieldReader.readEnumerated(parser_2, token_2, event_2, path_2, name_2, Colour.LISTED))), counts.map(raw -> SchemaValues.fromJson(raw, (parser_1, token_1, event_1, path_1, name_1) -> SchemaValues.readList(parser_1, token_1, event_1, path_1, name_1, (parser_2, token_2, event_2, path_2, name_2) -> SchemaValues.readList(parser_2, token_2, event_2, path_2, name_2, (parser_3, token_3, event_3, path_3, name_3) -> FieldReader.readLong(parser_3, token_3, event_3, path_3, name_3))))), unknownFields == null ? Map.of() : unknownFields);
    }

    /**
     * Writes this object as the next value of {@code generator}.
     */
    void write(JsonGenerator generator) {
        generator.writeStartObject();
        generator.writeName("grid");
        generator.writeStartArray();
        for (List<MatrixGridElement> element_1 : grid) {
            generator.writeStartArray();
            for (MatrixGridElement element_2 : element_1) {
                element_2.write(generator);
            }
            generator.writeEndArray();
        }
        generator.writeEndArray();
        generator.writeName("colours");
        generator.writeStartArray();
        for (Enumerated<Colour> element_1 : colours) {
            generator.writeString(element_1.wireName());
        }
        generator.writeEndArray();
        if (counts.isPresent()) {
            generator.writeName("counts");
            generator.writeStartArray();
            for (List<Long> element_1 : counts.get()) {
                generator.writeStartArray();
                for (Long element_2 : element_1) {
                    generator.writeNumber(element_2);
                }
                generator.writeEndArray();
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
        return visitor.visitMatrix(this);
    }

    /**
     * Decodes the {@code data} object the parser is on, leaving it on the object's end.
     */
    static Matrix read(Timestamp timestamp, JsonParser parser) {
        List<List<MatrixGridElement>> grid = null;
        List<Enumerated<Colour>> colours = null;
        List<List<Long>> counts = null;
        UnknownFields.Collected unknownFields = null;
        long seen = 0L;
        for (int member = parser.nextNameMatch(MEMBERS); member != PropertyNameMatcher.MATCH_END_OBJECT; member = parser.nextNameMatch(MEMBERS)) {
            JsonToken token = parser.nextToken();
            seen = SeenMembers.mark(seen, member, parser, EVENT_NAME, "");
            switch (member) {
                case 0 -> grid = SchemaValues.readList(parser, token, EVENT_NAME, "", "grid", (parser_1, token_1, event_1, path_1, name_1) -> SchemaValues.readList(parser_1, token_1, event_1, path_1, name_1, (parser_2, token_2, event_2, path_2, name_2) -> FieldReader.readObject(parser_2, token_2, event_2, path_2, name_2, MatrixGridElement::read)));
                case 1 -> colours = SchemaValues.readList(parser, token, EVENT_NAME, "", "colours", (parser_1, token_1, event_1, path_1, name_1) -> FieldReader.readEnumerated(parser_1, token_1, event_1, path_1, name_1, Colour.LISTED));
                case 2 -> counts = SchemaValues.readList(parser, token, EVENT_NAME, "", "counts", (parser_1, token_1, event_1, path_1, name_1) -> SchemaValues.readList(parser_1, token_1, event_1, path_1, name_1, (parser_2, token_2, event_2, path_2, name_2) -> FieldReader.readLong(parser_2, token_2, event_2, path_2, name_2)));
                default -> unknownFields = UnknownFields.put(unknownFields, parser.currentName(), parser);
            }
        }
        if (grid == null) {
            throw FieldReader.missing(EVENT_NAME, "", "grid");
        }
        if (colours == null) {
            throw FieldReader.missing(EVENT_NAME, "", "colours");
        }
        return new Matrix(timestamp, grid, colours, Optional.ofNullable(counts), UnknownFields.adopt(unknownFields));
    }

    /**
     * The event for an envelope without a {@code data} member.
     */
    static Matrix decodeWithoutData(Timestamp timestamp) {
        throw DecodeException.missingField(EVENT_NAME, "grid");
    }

    /**
     * Whether encoding writes a {@code data} member.
     */
    boolean hasData() {
        return true;
    }
}
