package dev.qmpgen.processor;

import com.palantir.javapoet.ClassName;
import dev.qmpgen.spec.FieldSpec;
import java.util.List;
import java.util.Optional;

/**
 * The sealed interface generated for one alternate shape, one record per alternative.
 *
 * @param firstUse the field where the shape first appears
 * @param usedBy the wire names of the events whose data hold the shape
 */
record AlternateBinding(
    ClassName type, FieldSpec firstUse, List<String> usedBy, List<Alternative> alternatives) {

  /**
   * One alternative: its record and the type of its {@code value}, empty for the JSON {@code null}
   * (a record without components).
   */
  record Alternative(FieldSpec spec, ClassName type, Optional<ValueType> value) {}
}
