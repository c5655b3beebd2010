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
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * The GUEST_CRASH event.
 *
 * <p>Wire name: {@code GUEST_CRASH}.
 *
 * <p>From the schema of QEMU 9.9.0 (qmpgen test).
 *
 * @param timestamp when QEMU emitted the event
 * @param action one of the listed strings (wire name {@code action})
 * @param info an object whose member kind says which other members it has (wire name {@code info}, optional)
 * @param unknownFields members the spec does not list, in arrival order
 */
@Generated(
        value = "dev.qmpgen.processor.QmpEventsProcessor",
        comments = "from qemu-small.json"
)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({
        "action",
        "info"
})
public record GuestCrash(@JsonIgnore Timestamp timestamp,
        @JsonProperty("action") Enumerated<Action> action,
        @JsonProperty("info") Optional<GuestCrashInfo> info,
        @JsonAnyGetter Map<String, RawJson> unknownFields) implements KnownEvent {
    /**
     * The wire name of this event.
     */
    public static final String EVENT_NAME = "GUEST_CRASH";

    /**
     * The listed members; {@code read} switches on a name's index here.
     */
    private static final PropertyNameMatcher MEMBERS = FieldReader.members("action", "info");

    /**
     * Checks that required members are present; keeps lists and unknown members unmodifiable.
     *
     * @param timestamp when QEMU emitted the event
     * @param action one of the listed strings (wire name {@code action})
     * @param info an object whose member kind says which other members it has (wire name {@code info}, optional)
     * @param unknownFields members the spec does not list, in arrival order
     */
    public GuestCrash {
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(info, "info");
        unknownFields = UnknownFields.copyOf(unknownFields);
    }

    /**
     * A value without unknown members.
     *
     * @param timestamp when QEMU emitted the event
     * @param action one of the listed strings (wire name {@code action})
     * @param info an object whose member kind says which other members it has (wire name {@code info}, optional)
     */
    public GuestCrash(Timestamp timestamp, Enumerated<Action> action,
            Optional<GuestCrashInfo> info) {
        this(timestamp, action, info, Map.of());
    }

    /**
     * Jackson databind's way in; decoding uses {@code read}.
     */
    @JsonCreator
    static GuestCrash fromJson(@JsonProperty("action") String action,
            @JsonProperty("info") Optional<RawJson> info,
            @JsonAnySetter Map<String, RawJson> unknownFields) {
        return new GuestCrash(Timestamp.ABSENT, Action.fromWireName(Objects.requireNonNull(action, "action")), info.map(raw -> SchemaValues.fromJson(raw, (parser_1, token_1, event_1, path_1, name_1) -> FieldReader.readObject(parser_1, token_1, event_1, path_1, name_1, GuestCrashInfo::read))), unknownFields == null ? Map.of() : unknownFields);
    }

    /**
     * Writes this object as the next value of {@code generator}.
     */
    void write(JsonGenerator generator) {
        generator.writeStartObject();
        generator.writeStringProperty("action", action.wireName());
        if (info.isPresent()) {
            generator.writeName("info");
            info.get().write(generator);
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
        return visitor.visitGuestCrash(this);
    }

    /**
     * Decodes the {@code data} object the parser is on, leaving it on the object's end.
     */
    static GuestCrash read(Timestamp timestamp, JsonParser parser) {
        Enumerated<Action> action = null;
        GuestCrashInfo info = null;
        UnknownFields.Collected unknownFields = null;
        long seen = 0L;
        for (int member = parser.nextNameMatch(MEMBERS); member != PropertyNameMatcher.MATCH_END_OBJECT; member = parser.nextNameMatch(MEMBERS)) {
            JsonToken token = parser.nextToken();
            seen = SeenMembers.mark(seen, member, parser, EVENT_NAME, "");
            switch (member) {
                case 0 -> action = FieldReader.readEnumerated(parser, token, EVENT_NAME, "", "action", Action.LISTED);
                case 1 -> info = FieldReader.readObject(parser, token, EVENT_NAME, "", "info", GuestCrashInfo::read);
                default -> unknownFields = UnknownFields.put(unknownFields, parser.currentName(), parser);
            }
        }
        if (action == null) {
            throw FieldReader.missing(EVENT_NAME, "", "action");
        }
        return new GuestCrash(timestamp, action, Optional.ofNullable(info), UnknownFields.adopt(unknownFields));
    }

    /**
     * The event for an envelope without a {@code data} member.
     */
    static GuestCrash decodeWithoutData(Timestamp timestamp) {
        throw DecodeException.missingField(EVENT_NAME, "action");
    }

    /**
     * Whether encoding writes a {@code data} member.
     */
    boolean hasData() {
        return true;
    }
}
