package dev.qmpgen.runtime;

import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonRecyclerPools;

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
}
