package com.example.qemu;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.qmpgen.runtime.Enumerated;
import dev.qmpgen.runtime.RawJson;
import dev.qmpgen.runtime.internal.FieldReader;
import dev.qmpgen.runtime.internal.SchemaValues;
import java.util.Objects;
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The {@code level} value: one of an integer, a listed string, one record each.
 *
 * <p>Held by the data of {@code PROPERTY_SET}.
 */
@Generated(
        value = "dev.qmpgen.processor.QmpEventsProcessor",
        comments = "from qemu-small.json"
)
public sealed interface PropertySetLevel permits PropertySetLevel.IntValue, PropertySetLevel.EnumValue {
    /**
     * Writes this value as the next value of {@code generator}.
     *
     * @param generator where to write
     */
    void write(JsonGenerator generator);

    /**
     * Decodes the value {@code token} starts, leaving the parser on its last token; for generated decoders.
     *
     * @param parser the parser, on the value's first token
     * @param token that token
     * @param event the event being decoded, named in errors
     * @param path where the value's holder is in the event's data, named in errors
     * @param name the member holding the value, named in errors
     * @return the alternative the value's JSON kind chooses
     */
    static PropertySetLevel read(JsonParser parser, JsonToken token, String event, String path,
            String name) {
        return switch (token) {
            case VALUE_NUMBER_INT -> new IntValue(FieldReader.readLong(parser, token, event, path, name));
            case VALUE_STRING -> new EnumValue(FieldReader.readEnumerated(parser, token, event, path, name, Colour.LISTED));
            default -> throw SchemaValues.noAlternative(event, path, name, "an integer or a listed string", token);
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
    static PropertySetLevel fromJson(RawJson json) {
        return SchemaValues.fromJson(json, PropertySetLevel::read);
    }

    /**
     * The choice of an integer.
     *
     * @param value the value
     */
    @Generated(
            value = "dev.qmpgen.processor.QmpEventsProcessor",
            comments = "from qemu-small.json"
    )
    record IntValue(long value) implements PropertySetLevel {
        @Override
        public void write(JsonGenerator generator) {
            generator.writeNumber(value);
        }
    }

    /**
     * The choice of a listed string.
     *
     * @param value the value
     */
    @Generated(
            value = "dev.qmpgen.processor.QmpEventsProcessor",
            comments = "from qemu-small.json"
    )
    record EnumValue(Enumerated<Colour> value) implements PropertySetLevel {
        /**
         * Checks the value.
         *
         * @param value the value
         */
        public EnumValue {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public void write(JsonGenerator generator) {
            generator.writeString(value.wireName());
        }
    }
}
