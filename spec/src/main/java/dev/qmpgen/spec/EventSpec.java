package dev.qmpgen.spec;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One event of the spec.
 *
 * @param name the wire name ({@code BLOCK_IO_ERROR})
 * @param description the prose describing the event; may be empty
 * @param fields the members of the event's {@code data} object, in spec order; empty for {@code
 *     Data: None.}
 * @param examples the examples, in spec order
 * @param notes each {@code Note:} paragraph, joined into one line of text each
 * @param since the {@code Since:} version, when the spec gives one
 * @param position where the heading starts
 * @param features the schema's features of the event, such as {@code deprecated}; the spec text has
 *     none
 */
public record EventSpec(
    String name,
    String description,
    List<FieldSpec> fields,
    List<ExampleSpec> examples,
    List<String> notes,
    Optional<String> since,
    Position position,
    List<String> features) {

  public EventSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    fields = List.copyOf(fields);
    examples = List.copyOf(examples);
    notes = List.copyOf(notes);
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(position, "position");
    features = List.copyOf(features);
  }

  /** An event as the spec text describes one, without features. */
  public EventSpec(
      String name,
      String description,
      List<FieldSpec> fields,
      List<ExampleSpec> examples,
      List<String> notes,
      Optional<String> since,
      Position position) {
    this(name, description, fields, examples, notes, since, position, List.of());
  }
}
