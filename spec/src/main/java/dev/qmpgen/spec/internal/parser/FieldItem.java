package dev.qmpgen.spec.internal.parser;

import java.util.List;

/**
 * A bullet line of a field list and the lines that continue it (description, enumerated values).
 */
record FieldItem(SourceLine bullet, List<SourceLine> continuation) {

  FieldItem {
    continuation = List.copyOf(continuation);
  }
}
