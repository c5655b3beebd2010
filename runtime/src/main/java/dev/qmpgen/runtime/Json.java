package dev.qmpgen.runtime;

import java.util.stream.Stream;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.JsonRecyclerPools;
import tools.jackson.core.util.Named;

/** The one jackson-core factory the runtime reads and writes with; factories are thread-safe. */
final class Json {

  /**
   * Every line gets its own parser, so buffer recycling is on the per-event path. Jackson 3's
   * default pool is a shared concurrent deque whose acquire and release (CAS, node allocation)
   * cost about as much as tokenizing a short event line; a per-thread recycler costs a
   * thread-local read. QMP lines are decoded on the thread that reads the socket, so a thread
   * keeps reusing its one recycler.
   */
  static final JsonFactory FACTORY = JsonFactory.builder()
      .recyclerPool(JsonRecyclerPools.threadLocalPool())
      .build();

  private Json() {}

  /**
   * A matcher of member names for {@link tools.jackson.core.JsonParser#nextNameMatch}: the index of
   * the name in {@code names}, found from the parser's input bytes without making or looking up a
   * {@code String}.
   */
  static PropertyNameMatcher matcher(String... names) {
    return FACTORY.constructNameMatcher(Stream.of(names).map(Named::fromString).toList(), false);
  }
}
