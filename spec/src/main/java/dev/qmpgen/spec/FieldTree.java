package dev.qmpgen.spec;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The top-level fields of one section; adding a field reports a name already used at its level. */
final class FieldTree {

  private final List<FieldDraft> topLevel = new ArrayList<>();
  private final Set<String> topLevelNames = new HashSet<>();
  private final Diagnostics diagnostics;

  FieldTree(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** Adds {@code field} as a member of {@code parent}, or at the top level when parent is null. */
  void add(FieldDraft parent, FieldDraft field) {
    boolean duplicate =
        parent == null
            ? !topLevelNames.add(field.name())
            : parent.member(field.name()).isPresent();
    if (duplicate) {
      String where = parent == null ? "" : " in \"" + parent.name() + "\"";
      diagnostics.error(field.position(), "duplicate field \"" + field.name() + "\"" + where);
    } else if (parent == null) {
      topLevel.add(field);
    } else {
      parent.addMember(field);
    }
  }

  boolean isEmpty() {
    return topLevel.isEmpty();
  }

  List<FieldSpec> build() {
    return topLevel.stream().map(FieldDraft::build).toList();
  }
}
