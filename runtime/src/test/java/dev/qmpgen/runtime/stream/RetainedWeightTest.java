package dev.qmpgen.runtime.stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qmpgen.events.Events;
import dev.qmpgen.runtime.HeapUse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * The weight of an event message bounds the heap its decoded event holds, for the lines that decode
 * to the most objects per byte: many tiny unknown members of a known event, an unknown event, a
 * known event that fails to decode. Heap is measured after garbage collection with many copies held
 * at once, each copy with names of its own (so no copy shares another's strings).
 */
class RetainedWeightTest {

  private static final int COPIES = 40;

  @Test
  void tinyUnknownMembersOfAKnownEventWeighAtLeastWhatTheyHold() throws IOException {
    assertWeightBoundsHeap("unknown members", copy -> known(members(copy, 20_000, "1")));
  }

  @Test
  void unknownMembersHoldingStringsWeighAtLeastWhatTheyHold() throws IOException {
    assertWeightBoundsHeap("string members", copy -> known(members(copy, 20_000, "\"\\u00e9\"")));
  }

  @Test
  void anUnknownEventAndAFailedEventWeighAtLeastWhatTheyHold() throws IOException {
    assertWeightBoundsHeap(
        "unknown event",
        copy ->
            "{\"event\":\"NOT_IN_SPEC_"
                + copy
                + "\",\"data\":{"
                + members(copy, 20_000, "[1]").substring(1)
                + "},\"timestamp\":{\"seconds\":1,\"microseconds\":2}}");
    assertWeightBoundsHeap(
        "failed event", copy -> known("\"offset\":\"not a number\"" + members(copy, 20_000, "1")));
  }

  private static void assertWeightBoundsHeap(String what, IntFunction<String> line)
      throws IOException {
    StringBuilder text = new StringBuilder();
    for (int copy = 0; copy < COPIES; copy++) {
      text.append(line.apply(copy)).append('\n');
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    QmpStreamReader reader = QmpStreamReader.of(new ByteArrayInputStream(bytes), Events.registry());
    List<QmpMessage> held = new ArrayList<>();
    long before = HeapUse.afterGc();
    long weights = 0;
    for (Optional<QmpMessage> next = reader.next(); next.isPresent(); next = reader.next()) {
      QmpEventMessage message = (QmpEventMessage) next.get();
      weights += message.weight();
      held.add(message);
    }
    long used = HeapUse.afterGc() - before;
    assertTrue(
        used < weights,
        what
            + ": "
            + COPIES
            + " events hold "
            + used
            + " bytes but weigh "
            + weights
            + " ("
            + bytes.length
            + " line bytes)");
    assertTrue(held.size() == COPIES);
  }

  /** {@code ,"c<copy>m<i>":value} for {@code count} members. */
  private static String members(int copy, int count, String value) {
    StringBuilder members = new StringBuilder();
    for (int i = 0; i < count; i++) {
      members
          .append(",\"")
          .append(Integer.toString(copy, 36))
          .append(Integer.toString(i, 36))
          .append("\":")
          .append(value);
    }
    return members.toString();
  }

  private static String known(String data) {
    if (data.startsWith(",")) {
      data = "\"offset\":1" + data;
    }
    return "{\"timestamp\":{\"seconds\":1,\"microseconds\":2},\"event\":\"RTC_CHANGE\",\"data\":{"
        + data
        + "}}";
  }
}
