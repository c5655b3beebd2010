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
 * The OLD_THING event.
 *
 * <p>Wire name: {@code OLD_THING}.
 *
 * <p>Deprecated: QEMU marks this event deprecated.
 *
 * <p>From the schema of QEMU 9.9.0 (qmpgen test).
 *
 * @param timestamp when QEMU emitted the event
 * @param device a string (wire name {@code device})
 * @param action one of the listed strings (wire name {@code action})
 * @param legacy a string (wire name {@code legacy}, optional, deprecated)
 * @param probe a boolean (wire name {@code probe}, optional, unstable)
 * @param unknownFields members the spec does not list, in arrival order
 * @deprecated QEMU marks this event deprecated: it may be removed from a later QEMU
 */
@Generated(
        value = "dev.qmpgen.processor.QmpEventsProcessor",
        comments = "from qemu-small.json"
)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({
        "device",
        "action",
        "legacy",
        "probe"
})
@Deprecated
public record OldThing(@JsonIgnore Timestamp timestamp, @JsonProperty("device") String device,
        @JsonProperty("action") Enumerated<Action> action,
        @JsonProperty("legacy") Optional<String> legacy,
        @JsonProperty("probe") Optional<Boolean> probe,
        @JsonAnyGetter Map<String, RawJson> unknownFields) implements KnownEvent {
    /**
     * The wire name of this event.
     */
    public static final String EVENT_NAME = "OLD_THING";

    /**
     * The listed members; {@code read} switches on a name's index here.
     */
    private static final PropertyNameMatcher MEMBERS = FieldReader.members("device", "action", "legacy", "probe");

    /**
     * Checks that required members are present; keeps lists and unknown members unmodifiable.
     *
     * @param timestamp when QEMU emitted the event
     * @param device a string (wire name {@code device})
     * @param action one of the listed strings (wire name {@code action})
     * @param legacy a string (wire name {@code legacy}, optional, deprecated)
     * @param probe a boolean (wire name {@code probe}, optional, unstable)
     * @param unknownFields members the spec does not list, in arrival order
     */
    public OldThing {
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(legacy, "legacy");
        Objects.requireNonNull(probe, "probe");
        unknownFields = UnknownFields.copyOf(unknownFields);
    }

    /**
     * A value without unknown members.
     *
     * @param timestamp when QEMU emitted the event
     * @param device a string (wire name {@code device})
     * @param action one of the listed strings (wire name {@code action})
     * @param legacy a string (wire name {@code legacy}, optional, deprecated)
     * @param probe a boolean (wire name {@code probe}, optional, unstable)
     */
    public OldThing(Timestamp timestamp, String device, Enumerated<Action> action,
            Optional<String> legacy, Optional<Boolean> probe) {
        this(timestamp, device, action, legacy, probe, Map.of());
    }

    /**
     * Jackson databind's way in; decoding uses {@code read}.
     */
    @JsonCreator
    static OldThing fromJson(@JsonProperty("device") String device,
            @JsonProperty("action") String action, @JsonProperty("legacy") Optional<String> legacy,
            @JsonProperty("probe") Optional<Boolean> probe,
            @JsonAnySetter Map<String, RawJson> unknownFields) {
        return new OldThing(Timestamp.ABSENT, device, Action.fromWireName(Objects.requireNonNull(action, "action")), legacy, probe, unknownFields == null ? Map.of() : unknownFields);
    }

    /**
     * The {@code legacy} member.
     *
     * @return the member's value
     * @deprecated QEMU marks this member deprecated
     */
    @Deprecated
    public Optional<String> legacy() {
        return legacy;
    }

    /**
     * Writes this object as the next value of {@code generator}.
     */
    void write(JsonGenerator generator) {
        generator.writeStartObject();
        generator.writeStringProperty("device", device);
        generator.writeStringProperty("action", action.wireName());
        if (legacy.isPresent()) {
            generator.writeStringProperty("legacy", legacy.get());
        }
        if (probe.isPresent()) {
            generator.writeBooleanProperty("probe", probe.get());
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
        return visitor.visitOldThing(this);
    }

    /**
     * Decodes the {@code data} object the parser is on, leaving it on the object's end.
     */
    static OldThing read(Timestamp timestamp, JsonParser parser) {
        String device = null;
        Enumerated<Action> action = null;
        String legacy = null;
        boolean probe = false;
        boolean hasProbe = false;
        UnknownFields.Collected unknownFields = null;
        long seen = 0L;
        for (int member = parser.nextNameMatch(MEMBERS); member != PropertyNameMatcher.MATCH_END_OBJECT; member = parser.nextNameMatch(MEMBERS)) {
            JsonToken token = parser.nextToken();
            seen = SeenMembers.mark(seen, member, parser, EVENT_NAME, "");
            switch (member) {
                case 0 -> device = FieldReader.readString(parser, token, EVENT_NAME, "", "device");
                case 1 -> action = FieldReader.readEnumerated(parser, token, EVENT_NAME, "", "action", Action.LISTED);
                case 2 -> legacy = FieldReader.readString(parser, token, EVENT_NAME, "", "legacy");
                case 3 -> {
                    probe = FieldReader.readBoolean(parser, token, EVENT_NAME, "", "probe");
                    hasProbe = true;
                }
                default -> unknownFields = UnknownFields.put(unknownFields, parser.currentName(), parser);
            }
        }
        if (device == null) {
            throw FieldReader.missing(EVENT_NAME, "", "device");
        }
        if (action == null) {
            throw FieldReader.missing(EVENT_NAME, "", "action");
        }
        return new OldThing(timestamp, device, action, Optional.ofNullable(legacy), hasProbe ? Optional.of(probe) : Optional.empty(), UnknownFields.adopt(unknownFields));
    }

    /**
     * The event for an envelope without a {@code data} member.
     */
    static OldThing decodeWithoutData(Timestamp timestamp) {
        throw DecodeException.missingField(EVENT_NAME, "device");
    }

    /**
     * Whether encoding writes a {@code data} member.
     */
    boolean hasData() {
        return true;
    }
}
