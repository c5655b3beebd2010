package dev.qmpgen.spec.internal.schema;

import dev.qmpgen.spec.internal.parser.Diagnostics;
import dev.qmpgen.spec.internal.parser.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The entities of a schema capture by name, and what QEMU the capture came from. Accepts the three
 * forms a user may have: the project's capture file ({@code {"qemu": {...}, "schema": [...]}}), a
 * whole {@code {"return": [...]}} reply of {@code query-qmp-schema}, and the bare {@code return}
 * array.
 */
final class SchemaCapture {

  private final Map<String, JsonValue.Obj> entities;
  private final Optional<String> origin;

  private SchemaCapture(Map<String, JsonValue.Obj> entities, Optional<String> origin) {
    this.entities = entities;
    this.origin = origin;
  }

  /** The capture the tree holds, or empty after reporting why it is not one. */
  static Optional<SchemaCapture> of(JsonValue root, Diagnostics diagnostics) {
    Optional<String> origin = Optional.empty();
    JsonValue list = root;
    if (root instanceof JsonValue.Obj object) {
      Optional<JsonValue.Member> schema = object.member("schema").or(() -> object.member("return"));
      if (schema.isEmpty()) {
        diagnostics.error(
            root.position(),
            "not a schema capture: expected a \"schema\" or \"return\" member"
                + " holding query-qmp-schema's array, or that array alone");
        return Optional.empty();
      }
      list = schema.get().value();
      origin = object.member("qemu").map(JsonValue.Member::value).flatMap(SchemaCapture::origin);
    }
    if (!(list instanceof JsonValue.Arr array)) {
      diagnostics.error(
          list.position(),
          "not a schema capture: expected the array of query-qmp-schema's"
              + " SchemaInfo objects, found "
              + list.kind());
      return Optional.empty();
    }
    return Optional.of(new SchemaCapture(index(array.items(), diagnostics), origin));
  }

  Optional<JsonValue.Obj> entity(String name) {
    return Optional.ofNullable(entities.get(name));
  }

  /** Every entity in capture order. */
  List<JsonValue.Obj> entities() {
    return List.copyOf(entities.values());
  }

  Optional<String> origin() {
    return origin;
  }

  /** {@code QEMU 7.2.22 (Debian 1:7.2+dfsg-7)} from the capture's {@code qemu} member. */
  private static Optional<String> origin(JsonValue qemu) {
    if (!(qemu instanceof JsonValue.Obj object)) {
      return Optional.empty();
    }
    Optional<String> version = text(object, "version");
    Optional<String> pkg = text(object, "package").filter(p -> !p.isBlank());
    return version.map(v -> "QEMU " + v + pkg.map(p -> " (" + p + ")").orElse(""));
  }

  private static Map<String, JsonValue.Obj> index(List<JsonValue> items, Diagnostics diagnostics) {
    Map<String, JsonValue.Obj> entities = new LinkedHashMap<>();
    for (JsonValue item : items) {
      if (!(item instanceof JsonValue.Obj entity)) {
        diagnostics.error(item.position(), "a SchemaInfo must be an object, found " + item.kind());
        continue;
      }
      Optional<String> name = text(entity, "name");
      if (name.isEmpty()) {
        diagnostics.error(entity.position(), "a SchemaInfo needs a string \"name\"");
        continue;
      }
      if (text(entity, "meta-type").isEmpty()) {
        diagnostics.error(
            entity.position(), "SchemaInfo \"" + name.get() + "\" needs a string \"meta-type\"");
        continue;
      }
      JsonValue.Obj first = entities.putIfAbsent(name.get(), entity);
      if (first != null) {
        diagnostics.error(
            entity.position(),
            "duplicate SchemaInfo \""
                + name.get()
                + "\", first defined at line "
                + first.position().line());
      }
    }
    return entities;
  }

  static Optional<String> text(JsonValue.Obj object, String key) {
    return object
        .member(key)
        .map(JsonValue.Member::value)
        .filter(JsonValue.Str.class::isInstance)
        .map(value -> ((JsonValue.Str) value).value());
  }
}
