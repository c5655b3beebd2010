package dev.qmpgen.runtime.internal;

import dev.qmpgen.runtime.Enumerated;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JsonParser;

/**
 * Looks a string value up by its characters in the parser's buffer, so a value that is one of a few
 * known names (an event name, an enum's wire name) costs no {@code String}: the event's own name
 * constant or the enum constant is reused instead. Immutable and thread-safe.
 *
 * @param <T> what a name maps to
 */
public final class NameTable<T> {

  private final String[] names;
  private final Object[] values;
  private final int mask;

  private NameTable(Map<String, T> entries) {
    // Open addressing at a load factor of at most one half keeps probe runs short.
    int size = Integer.highestOneBit(Math.max(1, entries.size()) * 4 - 1);
    names = new String[size];
    values = new Object[size];
    mask = size - 1;
    entries.forEach(
        (name, value) -> {
          int slot = spread(name.hashCode()) & mask;
          while (names[slot] != null) {
            slot = (slot + 1) & mask;
          }
          names[slot] = name;
          values[slot] = value;
        });
  }

  /** A table of the given names; the map is copied. */
  public static <T> NameTable<T> of(Map<String, T> entries) {
    return new NameTable<>(entries);
  }

  /** A table of enum constants by their wire names, for generated enums. */
  public static <T extends Enumerated<?>> NameTable<T> ofWireNames(T[] constants) {
    Map<String, T> entries = new HashMap<>();
    for (T constant : constants) {
      entries.put(constant.wireName(), constant);
    }
    return new NameTable<>(entries);
  }

  /** The value of the string token the parser is on, or {@code null} if no name matches it. */
  public T find(JsonParser parser) {
    return find(parser.getStringCharacters(), parser.getStringOffset(), parser.getStringLength());
  }

  /** The value of the name in {@code chars[offset, offset + length)}, or {@code null}. */
  @SuppressWarnings("unchecked") // values[i] was stored as a T
  public T find(char[] chars, int offset, int length) {
    int hash = 0;
    for (int i = offset; i < offset + length; i++) {
      hash = 31 * hash + chars[i]; // String.hashCode, so the table can be built from Strings
    }
    for (int slot = spread(hash) & mask; names[slot] != null; slot = (slot + 1) & mask) {
      if (matches(names[slot], chars, offset, length)) {
        return (T) values[slot];
      }
    }
    return null;
  }

  private static boolean matches(String name, char[] chars, int offset, int length) {
    if (name.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (name.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }
}
