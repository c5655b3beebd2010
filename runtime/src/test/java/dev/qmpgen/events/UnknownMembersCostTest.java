package dev.qmpgen.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qmpgen.runtime.DecodeException;
import dev.qmpgen.runtime.EventRegistry;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Decoding a known event costs time linear in its number of unknown members, up to lines of 300,000
 * of them (3.3 MB, under the 4 MiB line limit), also when a peer picks names whose hash codes all
 * collide. Cost is this thread's CPU time, the least of three decodes after a warm-up: n times the
 * members may cost at most 10 n times as much, where a scan per member (quadratic) costs n² times.
 * The bound is loose so that a loaded machine cannot make it flake.
 */
class UnknownMembersCostTest {

  private static final EventRegistry REGISTRY = Events.registry();
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  @Test
  void unknownMembersDecodeInTimeLinearInTheirNumber() {
    assertLinear(1_000, 300_000, i -> "m" + i);
  }

  @Test
  void unknownMembersWithCollidingHashCodesDecodeInTimeLinearInTheirNumber() {
    // "Aa" and "BB" have the same hash code, so every string of n such blocks has the same one;
    // 65,536 names of 16 blocks fill 2.4 MB, under the 4 MiB line limit.
    assertLinear(
        1 << 10,
        1 << 16,
        i -> {
          StringBuilder name = new StringBuilder();
          for (int bit = 0; bit < 16; bit++) {
            name.append((i >> bit & 1) == 0 ? "Aa" : "BB");
          }
          return name.toString();
        });
  }

  @Test
  void aRepeatedUnknownMemberIsRefusedAtAnySize() {
    // 3 members are scanned, 100 hashed: a repeat is found both ways, first or last of them.
    for (int members : List.of(3, 100)) {
      StringBuilder data = new StringBuilder("\"offset\":1");
      for (int i = 0; i < members; i++) {
        data.append(",\"m").append(i).append("\":").append(i);
      }
      for (String repeated : List.of("m0", "m" + (members - 1))) {
        String line = line(data + ",\"" + repeated + "\":\"again\"");
        DecodeException error = assertThrows(DecodeException.class, () -> REGISTRY.decode(line));
        assertEquals(DecodeException.Problem.MALFORMED_JSON, error.problem(), error::getMessage);
        assertTrue(
            error.getMessage().contains("the member \"" + repeated + "\" appears twice"),
            error::getMessage);
      }
      assertEquals(
          members, ((RtcChange) REGISTRY.decode(line(data.toString()))).unknownFields().size());
    }
  }

  private static void assertLinear(int small, int large, IntFunction<String> name) {
    String smallLine = withMembers(small, name);
    String largeLine = withMembers(large, name);
    assertEquals(large, ((RtcChange) REGISTRY.decode(largeLine)).unknownFields().size());
    cpuNanos(smallLine); // warm-up
    double ratio = (double) cpuNanos(largeLine) / Math.max(1, cpuNanos(smallLine));
    double linear = (double) large / small;
    assertTrue(
        ratio < linear * 10,
        large + " members cost " + ratio + " times " + small + ", linear is " + linear);
  }

  /** The least CPU time of three decodes of {@code line}. */
  private static long cpuNanos(String line) {
    long least = Long.MAX_VALUE;
    for (int run = 0; run < 3; run++) {
      long before = THREADS.getCurrentThreadCpuTime();
      REGISTRY.decode(line);
      least = Math.min(least, THREADS.getCurrentThreadCpuTime() - before);
    }
    return least;
  }

  private static String withMembers(int members, IntFunction<String> name) {
    StringBuilder data = new StringBuilder("\"offset\":1");
    for (int i = 0; i < members; i++) {
      data.append(",\"").append(name.apply(i)).append("\":0");
    }
    return line(data.toString());
  }

  private static String line(String data) {
    return "{\"timestamp\":{\"seconds\":1,\"microseconds\":2},\"event\":\"RTC_CHANGE\",\"data\":{"
        + data
        + "}}";
  }
}
