package dev.qmpgen.spec;

import java.util.List;
import java.util.Objects;

/**
 * One variant of a QEMU flat union: the members an object has besides the common ones when its tag
 * member holds {@code value}.
 *
 * @param value the tag value selecting this variant ({@code hyper-v})
 * @param fields the variant's own members, in schema order; empty for a variant that adds none
 * @param position where the variant is declared
 */
public record UnionVariant(String value, List<FieldSpec> fields, Position position) {

  public UnionVariant {
    Objects.requireNonNull(value, "value");
    fields = List.copyOf(fields);
    Objects.requireNonNull(position, "position");
  }
}
