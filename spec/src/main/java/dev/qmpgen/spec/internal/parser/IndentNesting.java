package dev.qmpgen.spec.internal.parser;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Nests fields by the indentation of their bullets, as QEMU laid them out: a bullet deeper than the
 * one above it is a member of that field, to any depth; a bullet back at a shallower indentation
 * closes every field deeper than it. The top level is wherever the shallowest bullets are, 0, 1 or
 * 2 spaces in.
 */
final class IndentNesting {

  private IndentNesting() {}

  static void nest(List<ParsedField> fields, FieldTree tree) {
    Deque<ParsedField> open = new ArrayDeque<>();
    for (ParsedField field : fields) {
      while (!open.isEmpty() && open.peek().indent() >= field.indent()) {
        open.pop();
      }
      tree.add(open.isEmpty() ? null : open.peek().draft(), field.draft());
      open.push(field);
    }
  }
}
