package dev.qmpgen.spec.internal.parser;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Rebuilds the nesting of a field list whose indentation was lost (every line at column 0, as in a
 * copy scraped from a web page).
 *
 * <p>Evidence first: a field belongs to the innermost open object (or array of objects) whose value
 * in the event's examples has a key of that name, searching outwards. Without evidence, the
 * deterministic rule: the field joins the innermost open object, except that an object or array
 * field closes that object and becomes its sibling, and a name the object already has closes it
 * too. Every placement made by the rule inside an open object is reported as a warning.
 */
final class FlatNesting {

  private record Frame(FieldDraft field, Optional<KeyTree> keys) {}

  private final FieldTree tree;
  private final Diagnostics diagnostics;
  private final Deque<Frame> open = new ArrayDeque<>();

  private FlatNesting(FieldTree tree, Diagnostics diagnostics, KeyTree evidence) {
    this.tree = tree;
    this.diagnostics = diagnostics;
    open.push(new Frame(null, Optional.of(evidence)));
  }

  static void nest(
      List<ParsedField> fields, KeyTree evidence, FieldTree tree, Diagnostics diagnostics) {
    FlatNesting nesting = new FlatNesting(tree, diagnostics, evidence);
    fields.forEach(field -> nesting.place(field.draft()));
  }

  private void place(FieldDraft field) {
    if (!popToEvidence(field.name())) {
      applyRule(field);
    }
    Frame parent = open.peek();
    tree.add(parent.field(), field);
    if (field.isContainer()) {
      open.push(new Frame(field, parent.keys().flatMap(keys -> keys.child(field.name()))));
    }
  }

  /** Pops to the innermost frame whose example keys include {@code name}; false when none does. */
  private boolean popToEvidence(String name) {
    int depth = 0;
    for (Frame frame : open) {
      if (frame.keys().map(keys -> keys.has(name)).orElse(false)) {
        for (int i = 0; i < depth; i++) {
          open.pop();
        }
        return true;
      }
      depth++;
    }
    return false;
  }

  private void applyRule(FieldDraft field) {
    if (open.size() == 1) {
      return; // no open object: the top level is the only place
    }
    if (field.isContainer()) {
      open.pop();
    }
    while (open.size() > 1 && open.peek().field().member(field.name()).isPresent()) {
      open.pop();
    }
    String placed =
        open.size() == 1
            ? "a top-level field"
            : "a member of \"" + open.peek().field().name() + "\"";
    diagnostics.warning(
        field.position(),
        "indentation lost and no example shows where \""
            + field.name()
            + "\" belongs; assumed "
            + placed);
  }
}
