package dev.qmpgen.spec.internal.parser;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The keys the examples show at each level of an event's data: the evidence used to rebuild the
 * nesting of a field list whose indentation was lost. Arrays contribute the keys of their elements.
 */
final class KeyTree {

  private final Map<String, KeyTree> children = new HashMap<>();

  static KeyTree of(List<JsonValue.Obj> dataObjects) {
    KeyTree tree = new KeyTree();
    dataObjects.forEach(tree::merge);
    return tree;
  }

  boolean has(String key) {
    return children.containsKey(key);
  }

  Optional<KeyTree> child(String key) {
    return Optional.ofNullable(children.get(key));
  }

  private void merge(JsonValue value) {
    if (value instanceof JsonValue.Obj object) {
      for (JsonValue.Member member : object.members().values()) {
        children.computeIfAbsent(member.key(), k -> new KeyTree()).merge(member.value());
      }
    } else if (value instanceof JsonValue.Arr array) {
      array.items().forEach(this::merge);
    }
  }
}
