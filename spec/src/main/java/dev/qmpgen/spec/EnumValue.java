package dev.qmpgen.spec;

import java.util.List;
import java.util.Objects;

/**
 * One enumerated value of a string field: its wire spelling, its description when the spec gives
 * one, and the schema's features of the value ({@code deprecated}...; the spec text has none).
 */
public record EnumValue(String name, String description, Position position, List<String> features) {

  public EnumValue {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(position, "position");
    features = List.copyOf(features);
  }

  public EnumValue(String name, String description, Position position) {
    this(name, description, position, List.of());
  }
}
