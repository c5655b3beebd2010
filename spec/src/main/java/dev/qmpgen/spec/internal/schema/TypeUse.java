package dev.qmpgen.spec.internal.schema;

import dev.qmpgen.spec.FieldSpec;
import dev.qmpgen.spec.JsonType;
import dev.qmpgen.spec.Position;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One place the resolver follows a type id from: the member the type becomes there, and what
 * resolving it needs to know on the way. Every resolution step takes one, so the step's own
 * arguments are only what it reads.
 *
 * @param name the name of the member the type becomes
 * @param optional whether that member is optional
 * @param features the schema's features of that member
 * @param enclosing the user of the type, as messages name it ({@code member "x" of event E})
 * @param resolving the type ids being resolved on the way here, to refuse a type containing itself
 */
record TypeUse(
    String name, boolean optional, List<String> features, String enclosing, Set<String> resolving) {

  TypeUse {
    features = List.copyOf(features);
    resolving = Set.copyOf(resolving);
  }

  /** The use of an event's {@code arg-type}: the event's data object. */
  static TypeUse eventData(String event) {
    return new TypeUse("data", false, List.of(), "event " + event, Set.of());
  }

  /**
   * A type this one is made of (an array's elements, an alternative, a union variant): no member of
   * its own, so never optional and without features.
   */
  TypeUse part(String partName, String partEnclosing) {
    return new TypeUse(partName, false, List.of(), partEnclosing, resolving);
  }

  /** This use while the type {@code id} is being resolved. */
  TypeUse entering(String id) {
    Set<String> inner = new HashSet<>(resolving);
    inner.add(id);
    return new TypeUse(name, optional, features, enclosing, inner);
  }

  /** The member a type with nothing inside becomes: a builtin, or a type kept raw. */
  FieldSpec scalar(JsonType type, Position at) {
    return field(type, at, TypeContents.NONE);
  }

  /**
   * The member a type of {@code type} holding {@code contents} becomes, without prose (a capture
   * has none) and without a schema type name (the caller knows it, when there is one).
   */
  FieldSpec field(JsonType type, Position at, TypeContents contents) {
    return new FieldSpec(
        name,
        type,
        optional,
        "",
        contents.values(),
        contents.fields(),
        "",
        at,
        contents.element(),
        contents.tag(),
        contents.variants(),
        contents.alternatives(),
        features,
        Optional.empty());
  }
}
