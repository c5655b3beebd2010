package com.example.qemu;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.qmpgen.runtime.RawJson;
import dev.qmpgen.runtime.internal.FieldReader;
import dev.qmpgen.runtime.internal.SchemaValues;
import java.math.BigDecimal;
import java.util.Objects;
import javax.annotation.processing.Generated;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The {@code setting} value: one of a boolean, a number, an object, one record each.
 *
 * <p>Held by the data of {@code PROPERTY_SET}.
 */
@Generated(
        value = "dev.qmpgen.processor.QmpEventsProcessor",
        comments = "from qemu-small.json"
)
public sealed interface PropertySetSetting permits PropertySetSetting.BoolValue, PropertySetSetting.NumberValue, PropertySetSetting.ObjectValue {
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
    static PropertySetSetting read(JsonParser parser, JsonToken token, String event, String path,
            String name) {
        return switch (token) {
            case VALUE_TRUE, VALUE_FALSE -> new BoolValue(FieldReader.readBoolean(parser, token, event, path, name));
            case VALUE_NUMBER_FLOAT, VALUE_NUMBER_INT -> new NumberValue(FieldReader.readNumber(parser, token, event, path, name));
            case START_OBJECT -> new ObjectValue(FieldReader.readObject(parser, token, event, path, name, PropertySetSettingValue::read));
            default -> throw SchemaValues.noAlternative(event, path, name, "a boolean, a number or an object", token);
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
    static PropertySetSetting fromJson(RawJson json) {
        return SchemaValues.fromJson(json, PropertySetSetting::read);
    }

    /**
     * The choice of a boolean.
     *
     * @param value the value
     */
    @Generated(
            value = "dev.qmpgen.processor.QmpEventsProcessor",
            comments = "from qemu-small.json"
    )
    record BoolValue(boolean value) implements PropertySetSetting {
        @Override
        public void write(JsonGenerator generator) {
            generator.writeBoolean(value);
        }
    }

    /**
     * The choice of a number.
     *
     * @param value the value
     */
    @Generated(
            value = "dev.qmpgen.processor.QmpEventsProcessor",
            comments = "from qemu-small.json"
    )
    record NumberValue(BigDecimal value) implements PropertySetSetting {
        /**
         * Checks the value.
         *
         * @param value the value
         */
        public NumberValue {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public void write(JsonGenerator generator) {
            generator.writeNumber(value);
        }
    }

    /**
     * The choice of an object.
     *
     * @param value the value
     */
    @Generated(
            value = "dev.qmpgen.processor.QmpEventsProcessor",
            comments = "from qemu-small.json"
    )
    record ObjectValue(PropertySetSettingValue value) implements PropertySetSetting {
        /**
         * Checks the value.
         *
         * @param value the value
         */
        public ObjectValue {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public void write(JsonGenerator generator) {
            value.write(generator);
        }
    }
}
