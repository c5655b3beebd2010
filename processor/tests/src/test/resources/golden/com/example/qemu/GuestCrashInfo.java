package com.example.qemu;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.qmpgen.runtime.Enumerated;
import dev.qmpgen.runtime.RawJson;
import dev.qmpgen.runtime.internal.FieldReader;
import dev.qmpgen.runtime.internal.NameTable;
import dev.qmpgen.runtime.internal.SchemaValues;
import dev.qmpgen.runtime.internal.SeenMembers;
import dev.qmpgen.runtime.internal.UnknownFields;
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
 * The {@code info} object: a union whose member {@code kind} says which members come with it, one record per
 * value; a value the schema does not list arrives as {@code Unlisted}, kept whole.
 *
 * <p>Held by the data of {@code GUEST_CRASH}.
 */
@Generated(
        value = "dev.qmpgen.processor.QmpEventsProcessor",
        comments = "from qemu-small.json"
)
public sealed interface GuestCrashInfo permits GuestCrashInfo.HyperV, GuestCrashInfo.S390, GuestCrashInfo.None, GuestCrashInfo.Unlisted {
    /**
     * The value of the tag member {@code kind}, which says which members come with it.
     *
     * @return the tag value
     */
    Enumerated<Kind> kind();

    /**
     * Writes this object as the next value of {@code generator}.
     *
     * @param generator where to write
     */
    void write(JsonGenerator generator);

    /**
     * Decodes the object the parser is on, leaving it on the object's end; for generated decoders.
     *
     * @param parser the parser, on the object's start
     * @param event the event being decoded, named in errors
     * @param path where the object is in the event's data, named in errors
     * @return the record of the object's tag value
     */
    static GuestCrashInfo read(JsonParser parser, String event, String path) {
        RawJson object = RawJson.read(parser);
        String tag = SchemaValues.unionTag(object, event, path, "kind");
        return switch (tag) {
            case "hyper-v" -> SchemaValues.readVariant(object, event, path, HyperV::read);
            case "s390" -> SchemaValues.readVariant(object, event, path, S390::read);
            case "none" -> SchemaValues.readVariant(object, event, path, None::read);
            default -> new Unlisted(Kind.fromWireName(tag), object);
        };
    }

    /**
     * This value as JSON, as {@code write} writes it: what Jackson databind serializes.
     *
     * @return the JSON of this value
     */
    @JsonValue
    default RawJson toJson() {
        return SchemaValues.toJson(this::write);
    }

    /**
     * Jackson databind's way in: the value {@code read} decodes from {@code json}.
     *
     * @param json the value's JSON
     * @return the decoded value
     */
    @JsonCreator(
            mode = JsonCreator.Mode.DELEGATING
    )
    static GuestCrashInfo fromJson(RawJson json) {
        return SchemaValues.fromJson(json, GuestCrashInfo::read);
    }

    /**
     * The values the spec lists for {@code kind}; any other arrives as {@link Enumerated.Unlisted}.
     */
    enum Kind implements Enumerated<Kind> {
        /**
         * {@code hyper-v}
         */
        HYPER_V("hyper-v"),

        /**
         * {@code s390}
         */
        S390("s390"),

        /**
         * {@code none}
         */
        NONE("none");

        /**
         * The constants by wire name; decoding finds a listed value without making a {@code String}.
         */
        static final NameTable<Kind> LISTED = NameTable.ofWireNames(values());

        private final String wireName;

        Kind(String wireName) {
            this.wireName = wireName;
        }

        @Override
        @JsonValue
        public String wireName() {
            return wireName;
        }

        @Override
        public Optional<Kind> known() {
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
        public static Enumerated<Kind> fromWireName(String wireName) {
            return switch (wireName) {
                case "hyper-v" -> HYPER_V;
                case "s390" -> S390;
                case "none" -> NONE;
                default -> Enumerated.unlisted(wireName);
            };
        }
    }

    /**
     * The {@code info} object when {@code kind} is {@code hyper-v}.
     *
     * @param cpu an integer (wire name {@code cpu}, optional)
     * @param arg1 an integer (wire name {@code arg1})
     * @param arg2 an integer (wire name {@code arg2})
     * @param unknownFields members the spec does not list, in arrival order
     */
    @Generated(
            value = "dev.qmpgen.processor.QmpEventsProcessor",
            comments = "from qemu-small.json"
    )
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonPropertyOrder({
            "cpu",
            "arg1",
            "arg2"
    })
    record HyperV(@JsonProperty("cpu") OptionalLong cpu, @JsonProperty("arg1") long arg1,
            @JsonProperty("arg2") long arg2,
            @JsonAnyGetter Map<String, RawJson> unknownFields) implements GuestCrashInfo {
        /**
         * The listed members; {@code read} switches on a name's index here.
         */
        private static final PropertyNameMatcher MEMBERS = FieldReader.members("cpu", "arg1", "arg2", "kind");

        /**
         * Checks that required members are present; keeps lists and unknown members unmodifiable.
         *
         * @param cpu an integer (wire name {@code cpu}, optional)
         * @param arg1 an integer (wire name {@code arg1})
         * @param arg2 an integer (wire name {@code arg2})
         * @param unknownFields members the spec does not list, in arrival order
         */
        public HyperV {
            Objects.requireNonNull(cpu, "cpu");
            unknownFields = UnknownFields.copyOf(unknownFields);
        }

        /**
         * A value without unknown members.
         *
         * @param cpu an integer (wire name {@code cpu}, optional)
         * @param arg1 an integer (wire name {@code arg1})
         * @param arg2 an integer (wire name {@code arg2})
         */
        public HyperV(OptionalLong cpu, long arg1, long arg2) {
            this(cpu, arg1, arg2, Map.of());
        }

        /**
         * Jackson databind's way in; decoding uses {@code read}.
         */
        @JsonCreator
        static HyperV fromJson(@JsonProperty("cpu") OptionalLong cpu,
                @JsonProperty("arg1") Long arg1, @JsonProperty("arg2") Long arg2,
                @JsonAnySetter Map<String, RawJson> unknownFields) {
            return new HyperV(cpu, Objects.requireNonNull(arg1, "arg1"), Objects.requireNonNull(arg2, "arg2"), unknownFields == null ? Map.of() : unknownFields);
        }

        /**
         * Writes this object as the next value of {@code generator}.
         */
        @Override
        public void write(JsonGenerator generator) {
            generator.writeStartObject();
            generator.writeStringProperty("kind", "hyper-v");
            if (cpu.isPresent()) {
                generator.writeNumberProperty("cpu", cpu.getAsLong());
            }
            generator.writeNumberProperty("arg1", arg1);
            generator.writeNumberProperty("arg2", arg2);
            UnknownFields.write(unknownFields, generator);
            generator.writeEndObject();
        }

        @Override
        public Enumerated<Kind> kind() {
            return Kind.HYPER_V;
        }

        /**
         * Decodes the object the parser is on, whose tag the caller has read, leaving it on the object's end.
         */
        static HyperV read(JsonParser parser, String event, String path) {
            long cpu = 0L;
            boolean hasCpu = false;
            long arg1 = 0L;
            boolean hasArg1 = false;
            long arg2 = 0L;
            boolean hasArg2 = false;
            UnknownFields.Collected unknownFields = null;
            long seen = 0L;
            for (int member = parser.nextNameMatch(MEMBERS); member != PropertyNameMatcher.MATCH_END_OBJECT; member = parser.nextNameMatch(MEMBERS)) {
                JsonToken token = parser.nextToken();
                seen = SeenMembers.mark(seen, member, parser, event, path);
                switch (member) {
                    case 0 -> {
                        cpu = FieldReader.readLong(parser, token, event, path, "cpu");
                        hasCpu = true;
                    }
                    case 1 -> {
                        arg1 = FieldReader.readLong(parser, token, event, path, "arg1");
                        hasArg1 = true;
                    }
                    case 2 -> {
                        arg2 = FieldReader.readLong(parser, token, event, path, "arg2");
                        hasArg2 = true;
                    }
                    case 3 -> {
                        // kind: the tag, which chose this record
                    }
                    default -> unknownFields = UnknownFields.put(unknownFields, parser.currentName(), parser);
                }
            }
            if (!hasArg1) {
                throw FieldReader.missing(event, path, "arg1");
            }
            if (!hasArg2) {
                throw FieldReader.missing(event, path, "arg2");
            }
            return new HyperV(hasCpu ? OptionalLong.of(cpu) : OptionalLong.empty(), arg1, arg2, UnknownFields.adopt(unknownFields));
        }
    }

    /**
     * The {@code info} object when {@code kind} is {@code s390}.
     *
     * @param cpu an integer (wire name {@code cpu}, optional)
     * @param core an integer (wire name {@code core})
     * @param pswMask an unsigned 64-bit integer; the {@code long} holds its 64 bits, read it with {@link Long#toUnsignedString(long)} (wire name {@code psw-mask})
     * @param unknownFields members the spec does not list, in arrival order
     */
    @Generated(
            value = "dev.qmpgen.processor.QmpEventsProcessor",
            comments = "from qemu-small.json"
    )
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonPropertyOrder({
            "cpu",
            "core",
            "psw-mask"
    })
    record S390(@JsonProperty("cpu") OptionalLong cpu, @JsonProperty("core") long core,
            @JsonProperty("psw-mask") long pswMask,
            @JsonAnyGetter Map<String, RawJson> unknownFields) implements GuestCrashInfo {
        /**
         * The listed members; {@code read} switches on a name's index here.
         */
        private static final PropertyNameMatcher MEMBERS = FieldReader.members("cpu", "core", "psw-mask", "kind");

        /**
         * Checks that required members are present; keeps lists and unknown members unmodifiable.
         *
         * @param cpu an integer (wire name {@code cpu}, optional)
         * @param core an integer (wire name {@code core})
         * @param pswMask an unsigned 64-bit integer; the {@code long} holds its 64 bits, read it with {@link Long#toUnsignedString(long)} (wire name {@code psw-mask})
         * @param unknownFields members the spec does not list, in arrival order
         */
        public S390 {
            Objects.requireNonNull(cpu, "cpu");
            unknownFields = UnknownFields.copyOf(unknownFields);
        }

        /**
         * A value without unknown members.
         *
         * @param cpu an integer (wire name {@code cpu}, optional)
         * @param core an integer (wire name {@code core})
         * @param pswMask an unsigned 64-bit integer; the {@code long} holds its 64 bits, read it with {@link Long#toUnsignedString(long)} (wire name {@code psw-mask})
         */
        public S390(OptionalLong cpu, long core, long pswMask) {
            this(cpu, core, pswMask, Map.of());
        }

        /**
         * Jackson databind's way in; decoding uses {@code read}.
         */
        @JsonCreator
        static S390 fromJson(@JsonProperty("cpu") OptionalLong cpu, @JsonProperty("core") Long core,
                @JsonProperty("psw-mask") Long pswMask,
                @JsonAnySetter Map<String, RawJson> unknownFields) {
            return new S390(cpu, Objects.requireNonNull(core, "core"), Objects.requireNonNull(pswMask, "psw-mask"), unknownFields == null ? Map.of() : unknownFields);
        }

        /**
         * Writes this object as the next value of {@code generator}.
         */
        @Override
        public void write(JsonGenerator generator) {
            generator.writeStartObject();
            generator.writeStringProperty("kind", "s390");
            if (cpu.isPresent()) {
                generator.writeNumberProperty("cpu", cpu.getAsLong());
            }
            generator.writeNumberProperty("core", core);
            generator.writeName("psw-mask");
            SchemaValues.writeUnsigned(generator, pswMask);
            UnknownFields.write(unknownFields, generator);
            generator.writeEndObject();
        }

        @Override
        public Enumerated<Kind> kind() {
            return Kind.S390;
        }

        /**
         * Decodes the object the parser is on, whose tag the caller has read, leaving it on the object's end.
         */
        static S390 read(JsonParser parser, String event, String path) {
            long cpu = 0L;
            boolean hasCpu = false;
            long core = 0L;
            boolean hasCore = false;
            long pswMask = 0L;
            boolean hasPswMask = false;
            UnknownFields.Collected unknownFields = null;
            long seen = 0L;
            for (int member = parser.nextNameMatch(MEMBERS); member != PropertyNameMatcher.MATCH_END_OBJECT; member = parser.nextNameMatch(MEMBERS)) {
                JsonToken token = parser.nextToken();
                seen = SeenMembers.mark(seen, member, parser, event, path);
                switch (member) {
                    case 0 -> {
                        cpu = FieldReader.readLong(parser, token, event, path, "cpu");
                        hasCpu = true;
                    }
                    case 1 -> {
                        core = FieldReader.readLong(parser, token, event, path, "core");
                        hasCore = true;
                    }
                    case 2 -> {
                        pswMask = SchemaValues.readUnsigned(parser, token, event, path, "psw-mask");
                        hasPswMask = true;
                    }
                    case 3 -> {
                        // kind: the tag, which chose this record
                    }
                    default -> unknownFields = UnknownFields.put(unknownFields, parser.currentName(), parser);
                }
            }
            if (!hasCore) {
                throw FieldReader.missing(event, path, "core");
            }
            if (!hasPswMask) {
                throw FieldReader.missing(event, path, "psw-mask");
            }
            return new S390(hasCpu ? OptionalLong.of(cpu) : OptionalLong.empty(), core, pswMask, UnknownFields.adopt(unknownFields));
        }
    }

    /**
     * The {@code info} object when {@code kind} is {@code none}.
     *
     * @param cpu an integer (wire name {@code cpu}, optional)
     * @param unknownFields members the spec does not list, in arrival order
     */
    @Generated(
            value = "dev.qmpgen.processor.QmpEventsProcessor",
            comments = "from qemu-small.json"
    )
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    @JsonPropertyOrder("cpu")
    record None(@JsonProperty("cpu") OptionalLong cpu,
            @JsonAnyGetter Map<String, RawJson> unknownFields) implements GuestCrashInfo {
        /**
         * The listed members; {@code read} switches on a name's index here.
         */
        private static final PropertyNameMatcher MEMBERS = FieldReader.members("cpu", "kind");

        /**
         * Checks that required members are present; keeps lists and unknown members unmodifiable.
         *
         * @param cpu an integer (wire name {@code cpu}, optional)
         * @param unknownFields members the spec does not list, in arrival order
         */
        public None {
            Objects.requireNonNull(cpu, "cpu");
            unknownFields = UnknownFields.copyOf(unknownFields);
        }

        /**
         * A value without unknown members.
         *
         * @param cpu an integer (wire name {@code cpu}, optional)
         */
        public None(OptionalLong cpu) {
            this(cpu, Map.of());
        }

        /**
         * Jackson databind's way in; decoding uses {@code read}.
         */
        @JsonCreator
        static None fromJson(@JsonProperty("cpu") OptionalLong cpu,
                @JsonAnySetter Map<String, RawJson> unknownFields) {
            return new None(cpu, unknownFields == null ? Map.of() : unknownFields);
        }

        /**
         * Writes this object as the next value of {@code generator}.
         */
        @Override
        public void write(JsonGenerator generator) {
            generator.writeStartObject();
            generator.writeStringProperty("kind", "none");
            if (cpu.isPresent()) {
                generator.writeNumberProperty("cpu", cpu.getAsLong());
            }
            UnknownFields.write(unknownFields, generator);
            generator.writeEndObject();
        }

        @Override
        public Enumerated<Kind> kind() {
            return Kind.NONE;
        }

        /**
         * Decodes the object the parser is on, whose tag the caller has read, leaving it on the object's end.
         */
        static None read(JsonParser parser, String event, String path) {
            long cpu = 0L;
            boolean hasCpu = false;
            UnknownFields.Collected unknownFields = null;
            long seen = 0L;
            for (int member = parser.nextNameMatch(MEMBERS); member != PropertyNameMatcher.MATCH_END_OBJECT; member = parser.nextNameMatch(MEMBERS)) {
                JsonToken token = parser.nextToken();
                seen = SeenMembers.mark(seen, member, parser, event, path);
                switch (member) {
                    case 0 -> {
                        cpu = FieldReader.readLong(parser, token, event, path, "cpu");
                        hasCpu = true;
                    }
                    case 1 -> {
                        // kind: the tag, which chose this record
                    }
                    default -> unknownFields = UnknownFields.put(unknownFields, parser.currentName(), parser);
                }
            }
            return new None(hasCpu ? OptionalLong.of(cpu) : OptionalLong.empty(), UnknownFields.adopt(unknownFields));
        }
    }

    /**
     * An object whose tag value the schema does not list, kept whole as it came.
     *
     * @param kind the tag value, not one of the listed constants
     * @param json the whole object, tag included, written back as it is
     */
    @Generated(
            value = "dev.qmpgen.processor.QmpEventsProcessor",
            comments = "from qemu-small.json"
    )
    record Unlisted(Enumerated<Kind> kind, RawJson json) implements GuestCrashInfo {
        /**
         * Checks that both are present.
         *
         * @param kind the tag value, not one of the listed constants
         * @param json the whole object, tag included, written back as it is
         */
        public Unlisted {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(json, "json");
        }

        @Override
        public void write(JsonGenerator generator) {
            json.write(generator);
        }
    }
}
