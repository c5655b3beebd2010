package dev.qmpgen.runtime.stream;

/**
 * A bound on the heap a decoded event line can hold, from the line alone. The text of a line ends
 * up in Java strings (at most two bytes a character, and a character takes at least one byte); on
 * top of that every JSON value or member name decodes to at most a few objects: an unknown member
 * is its name, a {@code RawJson} and its text, two array slots and an entry of the index by name,
 * about 200 bytes for {@code "ab":1,} (two values); an element of a list of objects is a record and
 * a list slot. The per-value figure is measured, with room to spare, by {@code RetainedWeightTest},
 * which decodes the lines that cost the most per byte.
 */
final class RetainedWeight {

  /** Heap bytes per JSON value, past the text itself. */
  static final int PER_VALUE = 128;

  private RetainedWeight() {}

  /** The weight of a line of {@code bytes} holding at most {@code values} values; saturates. */
  static int of(int bytes, int values) {
    return (int) Math.min(Integer.MAX_VALUE, 2L * bytes + (long) PER_VALUE * values);
  }
}
