package dev.qmpgen.runtime;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * The members of an object that its spec does not list (QEMU 7.2 adds {@code guest},
 * {@code reason}, {@code node-name}...): kept in arrival order, immutable, and written back on
 * encode. Helpers for generated code; an object without such members holds {@link Map#of()}.
 */
public final class UnknownFields {

  private UnknownFields() {}

  /** An immutable, insertion-ordered copy; returns maps that are already such copies as they are. */
  public static Map<String, RawJson> copyOf(Map<String, RawJson> fields) {
    Objects.requireNonNull(fields, "unknownFields");
    if (fields instanceof Frozen || fields.isEmpty()) {
      return fields.isEmpty() ? Map.of() : fields;
    }
    LinkedHashMap<String, RawJson> copy = new LinkedHashMap<>(fields.size() * 2);
    fields.forEach((name, value) -> copy.put(
        Objects.requireNonNull(name, "unknown field name"), Objects.requireNonNull(value, name)));
    return new Frozen(copy);
  }

  /**
   * Adds the value the parser is on to {@code fields} (created on first use) under {@code name};
   * for generated decoders, which pass the result to {@link #adopt} when the object ends.
   */
  public static LinkedHashMap<String, RawJson> put(
      LinkedHashMap<String, RawJson> fields, String name, JsonParser parser) {
    LinkedHashMap<String, RawJson> target = fields == null ? new LinkedHashMap<>() : fields;
    target.put(name, RawJson.read(parser));
    return target;
  }

  /**
   * The immutable view of a map built by {@link #put}, without copying it: the caller hands the map
   * over and must not touch it again. {@code null} (no unknown member) gives {@link Map#of()}.
   */
  public static Map<String, RawJson> adopt(LinkedHashMap<String, RawJson> fields) {
    return fields == null || fields.isEmpty() ? Map.of() : new Frozen(fields);
  }

  /** Writes each member after the listed ones, in arrival order. */
  public static void write(Map<String, RawJson> fields, JsonGenerator generator) {
    for (Map.Entry<String, RawJson> field : fields.entrySet()) {
      generator.writeName(field.getKey());
      field.getValue().write(generator);
    }
  }

  /** An unmodifiable view over a map nobody else holds. */
  private static final class Frozen extends AbstractMap<String, RawJson> {

    private final Map<String, RawJson> fields;

    Frozen(LinkedHashMap<String, RawJson> fields) {
      this.fields = Collections.unmodifiableMap(fields);
    }

    @Override
    public Set<Entry<String, RawJson>> entrySet() {
      return fields.entrySet();
    }

    @Override
    public RawJson get(Object key) {
      return fields.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
      return fields.containsKey(key);
    }

    @Override
    public int size() {
      return fields.size();
    }
  }
}
