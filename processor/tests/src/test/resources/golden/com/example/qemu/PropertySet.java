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
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * The PROPERTY_SET event.
 *
 * <p>Wire name: {@code PROPERTY_SET}.
 *
 * <p>From the schema of QEMU 9.9.0 (qmpgen test).
 *
 * @param timestamp when QEMU emitted the event
 * @param path a string (wire name {@code path})
 * @param value any JSON value (wire name {@code value})
 * @param owner either a string or null (wire name {@code owner})
 * @param setting either a boolean or a number or an object (wire name {@code setting}, optional)
 * @param level either an integer or one of the listed strings (wire name {@code level}, optional)
 * @param unknownFields members the spec does not list, in arrival order
 */
@Generated(
        value = "dev.qmpgen.processor.QmpEventsProcessor",
        comments = "from qemu-small.json"
)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({
        "path",
        "value",
        "owner",
        "setting",
        "level"
})
public record PropertySet(@JsonIgnore Timestamp timestamp, @JsonProperty("path") String path,
        @JsonProperty("value") RawJson value, @JsonProperty("owner") PropertySetOwner owner,
        @JsonProperty("setting") Optional<PropertySetSetting> setting,
        @JsonProperty("level") Optional<PropertySetLevel> level,
        @JsonAnyGetter Map<String, RawJson> unknownFields) implements KnownEvent {
    /**
     * The wire name of this event.
     */
    public static final String EVENT_NAME = "PROPERTY_SET";

    /**
     * The listed members; {@code read} switches on a name's index here.
     */
    private static final PropertyNameMatcher MEMBERS = FieldReader.members("path", "value", "owner", "setting", "level");

    /**
     * Checks that required members are present; keeps lists and unknown members unmodifiable.
     *
     * @param timestamp when QEMU emitted the event
     * @param path a string (wire name {@code path})
     * @param value any JSON value (wire name {@code value})
     * @param owner either a string or null (wire name {@code owner})
     * @param setting either a boolean or a number or an object (wire name {@code setting}, optional)
     * @param level either an integer or one of the listed strings (wire name {@code level}, optional)
     * @param unknownFields members the spec does not list, in arrival order
     */
    public PropertySet {
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(level, "level");
        unknownFields = UnknownFields.copyOf(unknownFields);
    }

    /**
     * A value without unknown members.
     *
     * @param timestamp when QEMU emitted the event
     * @param path a string (wire name {@code path})
     * @param value any JSON value (wire name {@code value})
     * @param owner either a string or null (wire name {@code owner})
     * @param setting either a boolean or a number or an object (wire name {@code setting}, optional)
     * @param level either an integer or one of the listed strings (wire name {@code level}, optional)
     */
    public PropertySet(Timestamp timestamp, String path, RawJson value, PropertySetOwner owner,
            Optional<PropertySetSetting> setting, Optional<PropertySetLevel> level) {
        this(timestamp, path, value, owner, setting, level, Map.of());
    }

    /**
     * Jackson databind's way in; decoding uses {@code read}.
     */
    @JsonCreator
    static PropertySet fromJson(@JsonProperty("path") String path,
            @JsonProperty("value") RawJson value, @JsonProperty("owner") RawJson owner,
            @JsonProperty("setting") Optional<RawJson> setting,
            @JsonProperty("level") Optional<RawJson> level,
            @JsonAnySetter Map<String, RawJson> unknownFields) {
        return new PropertySet(Timestamp.ABSENT, path, value, SchemaValues.fromJson(owner != null ? owner : RawJson.parse("null"), (parser_1, token_1, event_1, path_1, name_1) -> PropertySetOwner.read(parser_1, token_1, event_1, path_1, name_1)), setting.map(raw -> SchemaValues.fromJson(raw, (parser_1, token_1, event_1, path_1, name_1) -> PropertySetSetting.read(parser_1, token_1, event_1, path_1, name_1))), level.map(raw -> SchemaValues.fromJson(raw, (parser_1, token_1, event_1, path_1, name_1) -> PropertySetLevel.read(parser_1, token_1, event_1, path_1, name_1))), unknownFields == null ? Map.of() : unknownFields);
    }

    /**
     * Writes this object as the next value of {@code generator}.
     */
    void write(JsonGenerator generator) {
        generator.writeStartObject();
        generator.writeStringProperty("path", path);
        generator.writeName("value");
        value.write(generator);
        generator.writeName("owner");
        owner.write(generator);
        if (setting.isPresent()) {
            generator.writeName("setting");
            setting.get().write(generator);
        }
        if (level.isPresent()) {
            generator.writeName("level");
            level.get().write(generator);
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
        return visitor.visitPropertySet(this);
    }

    /**
     * Decodes the {@code data} object the parser is on, leaving it on the object's end.
     */
    static PropertySet read(Timestamp timestamp, JsonParser parser) {
        String path_ = null;
        RawJson value = null;
        PropertySetOwner owner = null;
        PropertySetSetting setting = null;
        PropertySetLevel level = null;
        UnknownFields.Collected unknownFields = null;
        long seen = 0L;
        for (int member = parser.nextNameMatch(MEMBERS); member != PropertyNameMatcher.MATCH_END_OBJECT; member = parser.nextNameMatch(MEMBERS)) {
            JsonToken token = parser.nextToken();
            seen = SeenMembers.mark(seen, member, parser, EVENT_NAME, "");
            switch (member) {
                case 0 -> path_ = FieldReader.readString(parser, token, EVENT_NAME, "", "path");
                case 1 -> value = RawJson.read(parser);
                case 2 -> owner = PropertySetOwner.read(parser, token, EVENT_NAME, "", "owner");
                case 3 -> setting = PropertySetSetting.read(parser, token, EVENT_NAME, "", "setting");
                case 4 -> level = PropertySetLevel.read(parser, token, EVENT_NAME, "", "level");
                default -> unknownFields = UnknownFields.put(unknownFields, parser.currentName(), parser);
            }
        }
        if (path_ == null) {
            throw FieldReader.missing(EVENT_NAME, "", "path");
        }
        if (value == null) {
            throw FieldReader.missing(EVENT_NAME, "", "value");
        }
        if (owner == null) {
            throw FieldReader.missing(EVENT_NAME, "", "owner");
        }
        return new PropertySet(timestamp, path_, value, owner, Optional.ofNullable(setting), Optional.ofNullable(level), UnknownFields.adopt(unknownFields));
    }

    /**
     * The event for an envelope without a {@code data} member.
     */
    static PropertySet decodeWithoutData(Timestamp timestamp) {
        throw DecodeException.missingField(EVENT_NAME, "path");
    }

    /**
     * Whether encoding writes a {@code data} member.
     */
    boolean hasData() {
        return true;
    }
}
