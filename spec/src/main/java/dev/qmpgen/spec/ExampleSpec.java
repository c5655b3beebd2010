package dev.qmpgen.spec;

import java.util.Objects;

/**
 * One example JSON object from an event's section.
 *
 * @param label the sub-example label when the spec gives one ("Read operation:"); may be empty
 * @param json the JSON text as written (arrows such as {@code <-} removed, layout kept)
 * @param wellFormed whether {@link #json} parses as one JSON object; a broken example is kept as
 *     text and reported
 * @param position where the JSON text starts
 */
public record ExampleSpec(String label, String json, boolean wellFormed, Position position) {

  public ExampleSpec {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(position, "position");
  }
}
