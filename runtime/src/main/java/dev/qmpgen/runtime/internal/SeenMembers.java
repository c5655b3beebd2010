package dev.qmpgen.runtime.internal;

import tools.jackson.core.JsonParser;

/**
 * Refuses a listed member that comes twice in one object, for generated decoders: the members an
 * object has read are bits of a {@code long} indexed as in its name matcher (a {@code long[]} for
 * objects of more than 64 listed members), so the check costs a shift and a test, no allocation.
 * Unlisted members are checked where they are collected ({@link UnknownFields#put}).
 */
public final class SeenMembers {

  private SeenMembers() {}

  /**
   * Adds member {@code index} (from {@code nextNameMatch}; negative for an unlisted name, which is
   * left alone) to the bit set {@code seen}, the parser on its value.
   *
   * @throws dev.qmpgen.runtime.DecodeException if {@code seen} has it already
   */
  public static long mark(long seen, int index, JsonParser parser, String event, String path) {
    if (index < 0) {
      return seen;
    }
    long bit = 1L << index;
    if ((seen & bit) != 0) {
      throw repeated(parser, event, path);
    }
    return seen | bit;
  }

  /**
   * As {@link #mark(long, int, JsonParser, String, String)}, for objects of more than 64 listed
   * members.
   */
  public static void mark(long[] seen, int index, JsonParser parser, String event, String path) {
    if (index < 0) {
      return;
    }
    long bit = 1L << index;
    if ((seen[index >>> 6] & bit) != 0) {
      throw repeated(parser, event, path);
    }
    seen[index >>> 6] |= bit;
  }

  private static RuntimeException repeated(JsonParser parser, String event, String path) {
    return MemberNames.repeated(event, "data." + FieldReader.join(path, parser.currentName()));
  }
}
