package dev.qmpgen.runtime.internal;

import dev.qmpgen.runtime.DecodeException;
import java.util.Arrays;
import java.util.HashSet;

/**
 * The member names read so far in each open object of a nesting, to refuse a name that comes twice
 * in one object ({@code {"k": 1, "k": 2}}): which value was meant is unknowable, and keeping either
 * would silently lose the other. For readers of values no spec lists (raw JSON, members outside the
 * envelope's); listed members are tracked in a bit set instead, see {@link SeenMembers}.
 *
 * <p>All open objects share one array of names, each object its slice from where it started:
 * objects have a handful of members, for which a scan of the slice beats hashing. Past {@value
 * #SCAN_LIMIT} names an object gets a hash set, so that a hostile line of hundreds of thousands of
 * names is checked in linear time.
 */
public final class MemberNames {

  static final int SCAN_LIMIT = 8;

  private String[] names = new String[8];
  private int size;

  /** Per open object, where its names start in {@link #names}. */
  private int[] starts = new int[4];

  /** Per open object, its names hashed once it has more than {@link #SCAN_LIMIT}; else null. */
  private HashSet<?>[] hashed = new HashSet<?>[4];

  private int depth;

  /** No object open yet: {@link #startObject} opens the first. */
  public MemberNames() {}

  /** Opens an object nested in the current one (or the first). */
  public void startObject() {
    if (depth == starts.length) {
      starts = Arrays.copyOf(starts, depth * 2);
      hashed = Arrays.copyOf(hashed, depth * 2);
    }
    starts[depth] = size;
    hashed[depth] = null;
    depth++;
  }

  /** Closes the innermost open object, forgetting its names. */
  public void endObject() {
    depth--;
    size = starts[depth];
    hashed[depth] = null;
  }

  /**
   * Adds a name to the innermost open object.
   *
   * @return false if that object already has it
   */
  public boolean add(String name) {
    int start = starts[depth - 1];
    @SuppressWarnings("unchecked")
    HashSet<String> hash = (HashSet<String>) hashed[depth - 1];
    if (hash != null) {
      if (!hash.add(name)) {
        return false;
      }
    } else {
      for (int i = start; i < size; i++) {
        if (names[i].equals(name)) {
          return false;
        }
      }
      if (size - start == SCAN_LIMIT) {
        hash = new HashSet<>(Arrays.asList(names).subList(start, size));
        hash.add(name);
        hashed[depth - 1] = hash;
      }
    }
    if (size == names.length) {
      names = Arrays.copyOf(names, size * 2);
    }
    names[size++] = name;
    return true;
  }

  /**
   * The error for a member that comes twice in one object. A duplicate is refused like malformed
   * JSON: neither value can be trusted, so a lenient decoder must not wrap the event as failed.
   *
   * @param field the member's dotted path inside {@code data}, or its name alone where no path is
   *     known
   */
  public static DecodeException repeated(String event, String field) {
    return new DecodeException(
        DecodeException.Problem.MALFORMED_JSON,
        event,
        "",
        "the member \"" + field + "\" appears twice in one object");
  }
}
