package dev.qmpgen.runtime;

import tools.jackson.core.json.JsonFactory;

/** The one jackson-core factory the runtime reads and writes with; factories are thread-safe. */
final class Json {

  static final JsonFactory FACTORY = new JsonFactory();

  private Json() {}
}
