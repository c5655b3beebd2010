package dev.qmpgen.runtime.internal;

import dev.qmpgen.runtime.RawJson;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * The members of an object that its spec does not list (QEMU 7.2 adds {@code guest}, {@code
 * reason}, {@code node-name}...): kept in arrival order, immutable, and written back on encode.
 * Helpers for generated code; an object without such members holds {@link Map#of()}.
 */
public final class UnknownFields {

  private UnknownFields() {}

  /**
   * An immutable, insertion-ordered copy; returns maps that are already such copies as they are.
   */
  public static Map<String, RawJson> copyOf(Map<String, RawJson> fields) {
    Objects.requireNonNull(fields, "unknownFields");
    if (fields.isEmpty()) {
      return Map.of();
    }
    if (fields instanceof Collected collected && collected.adopted) {
      return fields;
    }
    Collected copy = new Collected(fields.size());
    fields.forEach(
        (name, value) ->
            copy.add(
                Objects.requireNonNull(name, "unknown field name"),
                Objects.requireNonNull(value, name)));
    copy.adopted = true;
    return copy;
  }

  /**
   * Adds the value the parser is on to {@code fields} (created on first use) under {@code name};
   * for generated decoders, which pass the result to {@link #adopt} when the object ends.
   *
   * @throws IllegalStateException if {@code fields} was already adopted
   * @throws dev.qmpgen.runtime.DecodeException if {@code fields} has {@code name} already: a
   *     repeated member is refused, never resolved by keeping one of its values
   */
  public static Collected put(Collected fields, String name, JsonParser parser) {
    Collected target = fields == null ? new Collected(2) : fields;
    if (target.adopted) {
      throw new IllegalStateException("unknown fields are immutable once adopted");
    }
    // The lookup add() makes anyway (a scan, or a hash past SCAN_LIMIT) finds a repeat for free.
    if (!target.add(name, RawJson.read(parser))) {
      throw MemberNames.repeated("", name);
    }
    return target;
  }

  /**
   * The immutable map of the members collected by {@link #put}, without copying them: after this,
   * {@code put} refuses the collection. {@code null} (no unknown member) gives {@link Map#of()}.
   */
  public static Map<String, RawJson> adopt(Collected fields) {
    if (fields == null) {
      return Map.of();
    }
    fields.adopted = true;
    return fields;
  }

  /** Writes each member after the listed ones, in arrival order. */
  public static void write(Map<String, RawJson> fields, JsonGenerator generator) {
    if (fields.isEmpty()) {
      return;
    }
    fields.forEach(
        (name, value) -> {
          generator.writeName(name);
          value.write(generator);
        });
  }

  /**
   * Unknown members in arrival order. Generated decoders fill one through {@link #put}; once {@link
   * #adopt adopted} it is the record's immutable {@code unknownFields}. Two parallel arrays scanned
   * linearly: objects carry a handful of unknown members, for which this beats a {@code
   * LinkedHashMap} in both lookup and the memory every decoded event pays for. Past {@value
   * #SCAN_LIMIT} members a hash index takes over, so that a line of hundreds of thousands of
   * members decodes in linear time (a {@code HashMap}, whose bins of colliding names turn into
   * trees: names a peer chose to collide cost a logarithm, not a scan).
   */
  public static final class Collected extends AbstractMap<String, RawJson> {

    static final int SCAN_LIMIT = 8;

    private String[] names;
    private RawJson[] values;
    private int size;
    private boolean adopted;

    /** Position by name, once there are more than {@link #SCAN_LIMIT} members; else null. */
    private HashMap<String, Integer> index;

    private Collected(int capacity) {
      names = new String[capacity];
      values = new RawJson[capacity];
    }

    /** Appends a member, or returns false (adding nothing) if it has the name already. */
    private boolean add(String name, RawJson value) {
      if (indexOf(name) >= 0) {
        return false;
      }
      if (size == names.length) {
        names = Arrays.copyOf(names, size * 2);
        values = Arrays.copyOf(values, size * 2);
      }
      names[size] = name;
      values[size] = value;
      size++;
      if (index != null) {
        index.put(name, size - 1);
      } else if (size > SCAN_LIMIT) {
        index = new HashMap<>(size * 4);
        for (int i = 0; i < size; i++) {
          index.put(names[i], i);
        }
      }
      return true;
    }

    private int indexOf(Object name) {
      if (index != null) {
        Integer at = index.get(name);
        return at == null ? -1 : at;
      }
      for (int i = 0; i < size; i++) {
        if (names[i].equals(name)) {
          return i;
        }
      }
      return -1;
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public RawJson get(Object name) {
      int at = indexOf(name);
      return at < 0 ? null : values[at];
    }

    @Override
    public boolean containsKey(Object name) {
      return indexOf(name) >= 0;
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super RawJson> action) {
      for (int i = 0; i < size; i++) {
        action.accept(names[i], values[i]);
      }
    }

    @Override
    public Set<Entry<String, RawJson>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public int size() {
          return size;
        }

        @Override
        public Iterator<Entry<String, RawJson>> iterator() {
          return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
              return next < size;
            }

            @Override
            public Entry<String, RawJson> next() {
              if (next >= size) {
                throw new NoSuchElementException();
              }
              Entry<String, RawJson> entry = new SimpleImmutableEntry<>(names[next], values[next]);
              next++;
              return entry;
            }
          };
        }
      };
    }
  }
}
