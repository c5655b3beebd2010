package com.example.qemu;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.qmpgen.runtime.RawJson;
import dev.qmpgen.runtime.internal.FieldReader;
import dev.qmpgen.runtime.internal.SchemaValues;
import java.util.Objects;
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The {@code owner} value: one of a string, null, one record each.
 *
 * <p>Held by the data of {@code PROPERTY_SET}.
 */
@Generated(
        value = "dev.qmpgen.processor.QmpEventsProcessor",
        comments = "from qemu-small.json"
)
public sealed interface PropertySetOwner permits PropertySetOwner.StringValue, PropertySetOwner.NullValue {
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
    static PropertySetOwner read(JsonParser parser, JsonToken token, String event, String path,
            String name) {
        return switch (token) {
            case VALUE_STRING -> new StringValue(FieldReader.readString(parser, token, event, path, name));
            case VALUE_NULL -> new NullValue();
            default -> throw SchemaValues.noAlternative(event, path, name, "a string or null", token);
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
    static PropertySetOwner fromJson(RawJson json) {
        return SchemaValues.fromJson(json, PropertySetOwner::read);
    }

    /**
     * The choice of a string.
     *
     * @param value the value
     */
    @Generated(
            value = "dev.qmpgen.processor.QmpEventsProcessor",
            comments = "from qemu-small.json"
    )
    record StringValue(String value) implements PropertySetOwner {
        /**
         * Checks the value.
         *
         * @param value the value
         */
        public StringValue {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public void write(JsonGenerator generator) {
            generator.writeString(value);
        }
    }

    /**
     * The choice of null.
     */
    @Generated(
            value = "dev.qmpgen.processor.QmpEventsProcessor",
            comments = "from qemu-small.json"
    )
    record NullValue() implements PropertySetOwner {
        @Override
        public void write(JsonGenerator generator) {
            generator.writeNull();
        }
    }
}
