package com.example.vm;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.qmpgen.runtime.DecodeException;
import dev.qmpgen.runtime.Enumerated;
import dev.qmpgen.runtime.RawJson;
import dev.qmpgen.runtime.Timestamp;
import dev.qmpgen.runtime.internal.FieldReader;
import dev.qmpgen.runtime.internal.NameTable;
import dev.qmpgen.runtime.internal.SeenMembers;
import dev.qmpgen.runtime.internal.UnknownFields;
import java.math.BigDecimal;
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
 * Emitted when a disk fills up.
 *
 * <p>Wire name: {@code DISK_FULL}.
 *
 * <p>Note: Emitted once per disk.
 *
 * <p>Example:
 *
 * <pre>{@code
 * { "event": "DISK_FULL",
 *   "data": { "device": "d0", "retry": true, "mode": "pause", "usage": 0.99,
 *             "owner": { "name": "root" }, "paths": [ { "path": "/a" } ],
 *             "details": {} },
 *   "timestamp": { "seconds": 1, "microseconds": 2 } }
 * }</pre>
 *
 * @param timestamp when QEMU emitted the event
 * @param device device name (wire name {@code device})
 * @param freeBytes bytes still free (wire name {@code free-bytes}, optional)
 * @param retry whether the write is retried (wire name {@code retry})
 * @param mode what happens next (wire name {@code mode})
 * @param usage fraction used (wire name {@code usage})
 * @param owner who owns the disk (wire name {@code owner})
 * @param paths paths affected (wire name {@code paths})
 * @param details backend details, see BlockdevDetails in qapi-schema.json (wire name {@code details})
 * @param unknownFields members the spec does not list, in arrival order
 * @since 2.1
 */
@Generated(
        value = "dev.qmpgen.processor.QmpEventsProcessor",
        comments = "from disk-events.txt"
)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({
        "device",
        "free-bytes",
        "retry",
        "mode",
        "usage",
        "owner",
        "paths",
        "details"
})
public record DiskFull(@JsonIgnore Timestamp timestamp, @JsonProperty("device") String device,
        @JsonProperty("free-bytes") OptionalLong freeBytes, @JsonProperty("retry") boolean retry,
        @JsonProperty("mode") Enumerated<DiskFull.Mode> mode,
        @JsonProperty("usage") BigDecimal usage, @JsonProperty("owner") DiskFullOwner owner,
        @JsonProperty("paths") List<DiskFullPath> paths, @JsonProperty("details") RawJson details,
        @JsonAnyGetter Map<String, RawJson> unknownFields) implements KnownEvent {
    /**
     * The wire name of this event.
     */
    public static final String EVENT_NAME = "DISK_FULL";

    /**
     * The listed members; {@code read} switches on a name's index here.
     */
    private static final PropertyNameMatcher MEMBERS = FieldReader.members("device", "free-bytes", "retry", "mode", "usage", "owner", "paths", "details");

    /**
     * Checks that required members are present; keeps lists and unknown members unmodifiable.
     *
     * @param timestamp when QEMU emitted the event
     * @param device device name (wire name {@code device})
     * @param freeBytes bytes still free (wire name {@code free-bytes}, optional)
     * @param retry whether the write is retried (wire name {@code retry})
     * @param mode what happens next (wire name {@code mode})
     * @param usage fraction used (wire name {@code usage})
     * @param owner who owns the disk (wire name {@code owner})
     * @param paths paths affected (wire name {@code paths})
     * @param details backend details, see BlockdevDetails in qapi-schema.json (wire name {@code details})
     * @param unknownFields members the spec does not list, in arrival order
     */
    public DiskFull {
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(freeBytes, "freeBytes");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(owner, "owner");
        paths = List.copyOf(paths);
        Objects.requireNonNull(details, "details");
        unknownFields = UnknownFields.copyOf(unknownFields);
    }

    /**
     * A value without unknown members.
     *
     * @param timestamp when QEMU emitted the event
     * @param device device name (wire name {@code device})
     * @param freeBytes bytes still free (wire name {@code free-bytes}, optional)
     * @param retry whether the write is retried (wire name {@code retry})
     * @param mode what happens next (wire name {@code mode})
     * @param usage fraction used (wire name {@code usage})
     * @param owner who owns the disk (wire name {@code owner})
     * @param paths paths affected (wire name {@code paths})
     * @param details backend details, see BlockdevDetails in qapi-schema.json (wire name {@code details})
     */
    public DiskFull(Timestamp timestamp, String device, OptionalLong freeBytes, boolean retry,
            Enumerated<Mode> mode, BigDecimal usage, DiskFullOwner owner, List<DiskFullPath> paths,
            RawJson details) {
        this(timestamp, device, freeBytes, retry, mode, usage, owner, paths, details, Map.of());
    }

    /**
     * Jackson databind's way in; decoding uses {@code read}.
     */
    @JsonCreator
    static DiskFull fromJson(@JsonProperty("device") String device,
            @JsonProperty("free-bytes") OptionalLong freeBytes,
            @JsonProperty("retry") Boolean retry, @JsonProperty("mode") String mode,
            @JsonProperty("usage") BigDecimal usage, @JsonProperty("owner") DiskFullOwner owner,
            @JsonProperty("paths") List<DiskFullPath> paths,
            @JsonProperty("details") RawJson details,
            @JsonAnySetter Map<String, RawJson> unknownFields) {
        return new DiskFull(Timestamp.ABSENT, device, freeBytes, Objects.requireNonNull(retry, "retry"), Mode.fromWireName(Objects.requireNonNull(mode, "mode")), usage, owner, paths, details, unknownFields == null ? Map.of() : unknownFields);
    }

    /**
     * Writes this object as the next value of {@code generator}.
     */
    void write(JsonGenerator generator) {
        generator.writeStartObject();
        generator.writeStringProperty("device", device);
        if (freeBytes.isPresent()) {
            generator.writeNumberProperty("free-bytes", freeBytes.getAsLong());
        }
        generator.writeBooleanProperty("retry", retry);
        generator.writeStringProperty("mode", mode.wireName());
        generator.writeNumberProperty("usage", usage);
        generator.writeName("owner");
        owner.write(generator);
        generator.writeName("paths");
        generator.writeStartArray();
        for (DiskFullPath element : paths) {
            element.write(generator);
        }
        generator.writeEndArray();
        generator.writeName("details");
        details.write(generator);
        UnknownFields.write(unknownFields, generator);
        generator.writeEndObject();
    }

    @Override
    public String eventName() {
        return EVENT_NAME;
    }

    @Override
    public <R> R accept(EventVisitor<R> visitor) {
        return visitor.visitDiskFull(this);
    }

    /**
     * Decodes the {@code data} object the parser is on, leaving it on the object's end.
     */
    static DiskFull read(Timestamp timestamp, JsonParser parser) {
        String device = null;
        long freeBytes = 0L;
        boolean hasFreeBytes = false;
        boolean retry = false;
        boolean hasRetry = false;
        Enumerated<Mode> mode = null;
        BigDecimal usage = null;
        DiskFullOwner owner = null;
        List<DiskFullPath> paths = null;
        RawJson details = null;
        UnknownFields.Collected unknownFields = null;
        long seen = 0L;
        for (int member = parser.nextNameMatch(MEMBERS); member != PropertyNameMatcher.MATCH_END_OBJECT; member = parser.nextNameMatch(MEMBERS)) {
            JsonToken token = parser.nextToken();
            seen = SeenMembers.mark(seen, member, parser, EVENT_NAME, "");
            switch (member) {
                case 0 -> device = FieldReader.readString(parser, token, EVENT_NAME, "", "device");
                case 1 -> {
                    freeBytes = FieldReader.readLong(parser, token, EVENT_NAME, "", "free-bytes");
                    hasFreeBytes = true;
                }
                case 2 -> {
                    retry = FieldReader.readBoolean(parser, token, EVENT_NAME, "", "retry");
                    hasRetry = true;
                }
                case 3 -> mode = FieldReader.readEnumerated(parser, token, EVENT_NAME, "", "mode", Mode.LISTED);
                case 4 -> usage = FieldReader.readNumber(parser, token, EVENT_NAME, "", "usage");
                case 5 -> owner = FieldReader.readObject(parser, token, EVENT_NAME, "", "owner", DiskFullOwner::read);
                case 6 -> paths = FieldReader.readObjects(parser, token, EVENT_NAME, "", "paths", DiskFullPath::read);
                case 7 -> details = RawJson.read(parser);
                default -> unknownFields = UnknownFields.put(unknownFields, parser.currentName(), parser);
            }
        }
        if (device == null) {
            throw FieldReader.missing(EVENT_NAME, "", "device");
        }
        if (!hasRetry) {
            throw FieldReader.missing(EVENT_NAME, "", "retry");
        }
        if (mode == null) {
            throw FieldReader.missing(EVENT_NAME, "", "mode");
        }
        if (usage == null) {
            throw FieldReader.missing(EVENT_NAME, "", "usage");
        }
        if (owner == null) {
            throw FieldReader.missing(EVENT_NAME, "", "owner");
        }
        if (paths == null) {
            throw FieldReader.missing(EVENT_NAME, "", "paths");
        }
        if (details == null) {
            throw FieldReader.missing(EVENT_NAME, "", "details");
        }
        return new DiskFull(timestamp, device, hasFreeBytes ? OptionalLong.of(freeBytes) : OptionalLong.empty(), retry, mode, usage, owner, paths, details, UnknownFields.adopt(unknownFields));
    }

    /**
     * The event for an envelope without a {@code data} member.
     */
    static DiskFull decodeWithoutData(Timestamp timestamp) {
        throw DecodeException.missingField(EVENT_NAME, "device");
    }

    /**
     * Whether encoding writes a {@code data} member.
     */
    boolean hasData() {
        return true;
    }

    /**
     * The values the spec lists for {@code mode}; any other arrives as {@link Enumerated.Unlisted}.
     */
    public enum Mode implements Enumerated<Mode> {
        /**
         * {@code pause}
         */
        PAUSE("pause"),

        /**
         * {@code report}
         */
        REPORT("report");

        /**
         * The constants by wire name; decoding finds a listed value without making a {@code String}.
         */
        static final NameTable<Mode> LISTED = NameTable.ofWireNames(values());

        private final String wireName;

        Mode(String wireName) {
            this.wireName = wireName;
        }

        @Override
        @JsonValue
        public String wireName() {
            return wireName;
        }

        @Override
        public Optional<Mode> known() {
            return Optional.of(this);
        }

        @Override
        public String toString() {
            return wireName;
        }

        /**
         * The constant spelled {@code wireName} on the wire, or an unlisted value keeping it.
         *
         * @param wireName the value as JSON spells it
         * @return the listed constant, or the unlisted value
         */
        public static Enumerated<Mode> fromWireName(String wireName) {
            return switch (wireName) {
                case "pause" -> PAUSE;
                case "report" -> REPORT;
                default -> Enumerated.unlisted(wireName);
            };
        }
    }
}
