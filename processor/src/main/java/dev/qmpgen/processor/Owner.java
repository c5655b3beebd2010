package dev.qmpgen.processor;

/**
 * What holds a field, for naming the types it shares with other holders: an event's record, or the
 * type of a shape, whose name is decided in turn from its own holders.
 */
sealed interface Owner {

  /** An event's record, named {@code typeName}. */
  record Event(String typeName) implements Owner {}

  /** The type of the shape {@code key}. */
  record Shape(ShapeKey key) implements Owner {}
}
