package dev.qmpgen.spec.internal.parser;

import dev.qmpgen.spec.FieldSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The top-level fields of one section; adding a field reports a name already used at its level, and
 * a field nested deeper than {@value #MAX_DEPTH} levels (QEMU's specs nest 3 deep; every later
 * stage, and the names generated from a field's ancestors, grow with the depth).
 */
public final class FieldTree {

  /**
   * Also the bound of a schema capture's nesting, so the processor meets one whichever front end.
   */
  public static final int MAX_DEPTH = 16;

  private final List<FieldDraft> topLevel = new ArrayList<>();

  /**
   * The depth of every field added, 1 at the top level; a field refused for its depth is absent.
   */
  private final Map<FieldDraft, Integer> depths = new IdentityHashMap<>();

  private final Set<String> topLevelNames = new HashSet<>();
  private final Diagnostics diagnostics;

  FieldTree(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** Adds {@code field} as a member of {@code parent}, or at the top level when parent is null. */
  void add(FieldDraft parent, FieldDraft field) {
    Integer parentDepth = parent == null ? Integer.valueOf(0) : depths.get(parent);
    if (parentDepth == null) {
      return; // a member of a field refused for its depth: reported with that field
    }
    if (parentDepth == MAX_DEPTH) {
      diagnostics.error(
          field.position(),
          "field \""
              + field.name()
              + "\" nests deeper than "
              + MAX_DEPTH
              + " levels; it is skipped with its members");
      return;
    }
    boolean duplicate =
        parent == null ? !topLevelNames.add(field.name()) : parent.member(field.name()).isPresent();
    if (duplicate) {
      String where = parent == null ? "" : " in \"" + parent.name() + "\"";
      diagnostics.error(field.position(), "duplicate field \"" + field.name() + "\"" + where);
      return;
    }
    depths.put(field, parentDepth + 1);
    if (parent == null) {
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
