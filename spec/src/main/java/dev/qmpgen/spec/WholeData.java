package dev.qmpgen.spec;

import java.util.List;
import java.util.Optional;

/**
 * The one reading of a field list that describes the data member as a whole instead of listing its
 * members: {@code - data: ACPIOSTInfo type as described in qapi-schema.json} (QEMU 2.1 on). A lone
 * field named {@code data} with no JSON type stands for the {@code data} object itself, not for a
 * key inside it. The lint and the generator both ask this class, so they cannot disagree.
 */
public final class WholeData {

  private WholeData() {}

  /** The field standing for the whole data member, or empty when the fields are its members. */
  public static Optional<FieldSpec> field(List<FieldSpec> fields) {
    if (fields.size() == 1
        && fields.get(0).name().equals("data")
        && fields.get(0).type() == JsonType.OPAQUE
        && fields.get(0).fields().isEmpty()) {
      return Optional.of(fields.get(0));
    }
    return Optional.empty();
  }
}
