package dev.qmpgen.spec.internal.parser;

import dev.qmpgen.spec.EnumValue;
import dev.qmpgen.spec.Position;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A field's enumerated values in first-seen order; a value listed twice keeps its first entry. */
final class EnumValues {

  private static final class Entry {
    private final StringBuilder description;
    private final Position position;

    private Entry(String description, Position position) {
      this.description = new StringBuilder(description);
      this.position = position;
    }
  }

  private final Map<String, Entry> entries = new LinkedHashMap<>();

  void add(String name, String description, Position position) {
    entries.putIfAbsent(name, new Entry(description, position));
  }

  /** A continuation line of a {@code "value": description} line. */
  void extendDescription(String name, String more) {
    Entry entry = entries.get(name);
    if (entry != null && !more.isBlank()) {
      if (entry.description.length() > 0) {
        entry.description.append(' ');
      }
      entry.description.append(more.strip());
    }
  }

  List<EnumValue> list() {
    return entries.entrySet().stream()
        .map(
            e ->
                new EnumValue(
                    e.getKey(), e.getValue().description.toString(), e.getValue().position))
        .toList();
  }
}
