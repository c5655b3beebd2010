package dev.qmpgen.runtime.internal;

import dev.qmpgen.runtime.stream.QmpLimits;
import java.util.stream.Stream;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.JsonRecyclerPools;
import tools.jackson.core.util.Named;

/**
 * Not API: for the runtime and generated code only. The one jackson-core factory the runtime reads
 * and writes with; factories are thread-safe.
 */
public final class Json {

  /**
   * Every line gets its own parser, so buffer recycling is on the per-event path. Jackson 3's
   * default pool is a shared concurrent deque whose acquire and release (CAS, node allocation) cost
   * about as much as tokenizing a short event line; a per-thread recycler costs a thread-local
   * read. QMP lines are decoded on the thread that reads the socket, so a thread keeps reusing its
   * one recycler. What it reads is bounded by {@link QmpLimits#DEFAULTS}, the limits the stream
   * reader applies by default, so that {@code decode(String)} and the stream accept the same lines.
   */
  public static final JsonFactory FACTORY =
      JsonFactory.builder()
          .recyclerPool(JsonRecyclerPools.threadLocalPool())
          .streamReadConstraints(constraints(QmpLimits.DEFAULTS))
          .build();

  private Json() {}

  /**
   * {@code limits} as jackson-core's read constraints, which count a string in chars: a string of
   * {@code maxStringBytes} chars may take up to three times as many UTF-8 bytes, so this bound is
   * looser than the stream reader's own, which counts bytes (see the README's Limits).
   */
  public static StreamReadConstraints constraints(QmpLimits limits) {
    return StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxNestingDepth())
        .maxStringLength(limits.maxStringBytes())
        .maxNameLength(limits.maxStringBytes())
        .maxDocumentLength(limits.maxLineBytes())
        .build();
  }

  /**
   * A matcher of member names for {@link tools.jackson.core.JsonParser#nextNameMatch}: the index of
   * the name in {@code names}, found from the parser's input bytes without making or looking up a
   * {@code String}.
   */
  public static PropertyNameMatcher matcher(String... names) {
    return FACTORY.constructNameMatcher(Stream.of(names).map(Named::fromString).toList(), false);
  }

  /** How a diagnostic names what it found instead of what it expected: "an integer", "a string". */
  public static String describe(JsonToken token) {
    if (token == null) {
      return "end of input";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT -> "an integer";
      case VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.name();
    };
  }
}
