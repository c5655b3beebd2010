package com.example.qemu;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.qmpgen.runtime.Enumerated;
import dev.qmpgen.runtime.internal.NameTable;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The values the spec lists for {@code action}; any other arrives as {@link Enumerated.Unlisted}.
 *
 * <p>Held by the data of {@code GUEST_CRASH}, {@code OLD_THING}.
 */
@Generated(
        value = "dev.qmpgen.processor.QmpEventsProcessor",
        comments = "from qemu-small.json"
)
public enum Action implements Enumerated<Action> {
    /**
     * {@code pause}
     */
    PAUSE("pause"),

    /**
     * {@code run}
     */
    RUN("run");

    /**
     * The constants by wire name; decoding finds a listed value without making a {@code String}.
     */
    static final NameTable<Action> LISTED = NameTable.ofWireNames(values());

    private final String wireName;

    Action(String wireName) {
        this.wireName = wireName;
    }

    @Override
    @JsonValue
    public String wireName() {
        return wireName;
    }

    @Override
    public Optional<Action> known() {
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
    public static Enumerated<Action> fromWireName(String wireName) {
        return switch (wireName) {
            case "pause" -> PAUSE;
            case "run" -> RUN;
            default -> Enumerated.unlisted(wireName);
        };
    }
}
