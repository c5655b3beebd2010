package com.example.qemu;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.qmpgen.runtime.Enumerated;
import dev.qmpgen.runtime.internal.NameTable;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The values the spec lists for {@code colour}; any other arrives as {@link Enumerated.Unlisted}.
 *
 * <p>Held by the data of {@code MATRIX}, {@code PROPERTY_SET}.
 */
@Generated(
        value = "dev.qmpgen.processor.QmpEventsProcessor",
        comments = "from qemu-small.json"
)
public enum Colour implements Enumerated<Colour> {
    /**
     * {@code red}
     */
    RED("red"),

    /**
     * {@code green}
     *
     * <p>Deprecated: QEMU marks this value deprecated.
     *
     * @deprecated QEMU marks this value deprecated
     */
    @Deprecated
    GREEN("green");

    /**
     * The constants by wire name; decoding finds a listed value without making a {@code String}.
     */
    static final NameTable<Colour> LISTED = NameTable.ofWireNames(values());

    private final String wireName;

    Colour(String wireName) {
        this.wireName = wireName;
    }

    @Override
    @JsonValue
    public String wireName() {
        return wireName;
    }

    @Override
    public Optional<Colour> known() {
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
    public static Enumerated<Colour> fromWireName(String wireName) {
        return switch (wireName) {
            case "red" -> RED;
            case "green" -> GREEN;
            default -> Enumerated.unlisted(wireName);
        };
    }
}
