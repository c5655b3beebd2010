package dev.qmpgen.spec;

import java.util.ArrayList;
import java.util.List;

/**
 * What a member looks like to a drift check, which compares bindings with a running QEMU's schema
 * by JSON kind and members only: one reading shared by the generated {@code EventDescriptions} and
 * the CLI's {@code check --spec}, so that the two cannot describe the same spec differently.
 */
public final class ComparedShape {

  private ComparedShape() {}

  /**
   * The name of the runtime's {@code JsonKind} constant for a member: {@code uint64} is an integer,
   * a union an object, and what the bindings keep as raw JSON ({@code any}, {@code null}, an
   * alternate, no type) fits anything.
   */
  public static String kind(FieldSpec field) {
    return switch (field.type()) {
      case STRING -> "STRING";
      case INT, UINT64 -> "INT";
      case NUMBER -> "NUMBER";
      case BOOL -> "BOOLEAN";
      case OBJECT, UNION -> "OBJECT";
      case ARRAY -> "ARRAY";
      case ANY, NULL, ALTERNATE, OPAQUE, UNRECOGNISED -> "ANY";
    };
  }

  /**
   * The members compared below a member: an object's, an array's elements' (listed in the spec
   * text, or the element object of a schema), and a union's common members followed by each
   * variant's, optional since only one variant is sent.
   */
  public static List<FieldSpec> members(FieldSpec field) {
    if (field.type() == JsonType.ARRAY && field.fields().isEmpty()) {
      return field.element().map(ComparedShape::members).orElse(List.of());
    }
    if (field.type() != JsonType.UNION) {
      return field.fields();
    }
    List<FieldSpec> members = new ArrayList<>(field.fields());
    for (UnionVariant variant : field.variants()) {
      for (FieldSpec member : variant.fields()) {
        if (members.stream().noneMatch(m -> m.name().equals(member.name()))) {
          members.add(member.withOptional(true));
        }
      }
    }
    return List.copyOf(members);
  }
}
