package dev.qmpgen.spec;

import java.util.Objects;

/** One enumerated value of a string field: its wire spelling, and its description when the spec gives one. */
public record EnumValue(String name, String description, Position position) {

  public EnumValue {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(position, "position");
  }
}
