package dev.qmpgen.benchmarks.baseline;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonRecyclerPools;

/**
 * The practical limit of any jackson-core based decoder: walk every token of a line and build
 * nothing. No string values are materialised, so this is a lower bound on work and allocation, not
 * something a useful decoder can reach.
 */
public final class TokenScan {

  // The factory settings the runtime decodes with (a per-thread buffer recycler), so the only
  // difference between the scan and the generated decoder is the work after tokenizing.
  private final JsonFactory factory =
      JsonFactory.builder().recyclerPool(JsonRecyclerPools.threadLocalPool()).build();

  /** A value derived from every token, so the JIT cannot drop the scan. */
  public int scan(byte[] line) {
    int checksum = 0;
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), line)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        checksum = 31 * checksum + token.ordinal();
      }
    }
    return checksum;
  }

  /**
   * A parser over {@code length} bytes of many lines from {@code offset}, for scanning a stream the
   * way a QMP socket reader would.
   */
  public JsonParser parser(byte[] stream, int offset, int length) {
    return factory.createParser(ObjectReadContext.empty(), stream, offset, length);
  }

  /** Scans every token of a stream of events through one parser; see {@link #parser}. */
  public static int scan(JsonParser parser) {
    int checksum = 0;
    for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
      checksum = 31 * checksum + token.ordinal();
    }
    return checksum;
  }

  /**
   * The scan plus what every decoder must do with the values: materialise each string and parse
   * each number. The floor for "result objects and unavoidable strings"; the gap between it and
   * {@link #scan} is the cost of the values themselves.
   */
  public int scanReadingValues(byte[] line) {
    int checksum = 0;
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), line)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        checksum =
            31 * checksum
                + switch (token) {
                  case VALUE_STRING -> parser.getString().length();
                  case VALUE_NUMBER_INT -> Long.hashCode(parser.getLongValue());
                  default -> token.ordinal();
                };
      }
    }
    return checksum;
  }
}
