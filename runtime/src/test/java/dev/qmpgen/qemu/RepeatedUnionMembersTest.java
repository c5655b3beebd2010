package dev.qmpgen.qemu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qmpgen.runtime.DecodeException;
import dev.qmpgen.runtime.EventDecoding;
import dev.qmpgen.runtime.EventRegistry;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schema bindings' unions (a tag choosing a variant record) refuse a repeated member name as
 * every other object does: the tag, a variant's member, or an unlisted one. A union is copied raw
 * before its tag picks the variant, so the copy names the member without its path.
 */
class RepeatedUnionMembersTest {

  private static final EventRegistry REGISTRY = Events.registry();

  @Test
  void theLinesRepeatedBelowDecodeAsWritten() {
    assertInstanceOf(GuestPanicked.class, REGISTRY.decode(Qemu72LinesTest.GUEST_PANICKED_HYPERV));
    assertInstanceOf(
        NetdevStreamConnected.class, REGISTRY.decode(Qemu72LinesTest.NETDEV_STREAM_CONNECTED_INET));
  }

  static Stream<Arguments> repeats() {
    return Stream.of(
        // A variant's member.
        Arguments.of(
            Qemu72LinesTest.GUEST_PANICKED_HYPERV.replace(
                "\"arg2\": 2", "\"arg2\": 2, \"arg1\": 9"),
            "GUEST_PANICKED",
            "arg1"),
        // The tag, once with the same value and once with another variant's.
        Arguments.of(
            Qemu72LinesTest.GUEST_PANICKED_HYPERV.replace(
                "\"arg5\": 5", "\"arg5\": 5, \"type\": \"hyper-v\""),
            "GUEST_PANICKED",
            "type"),
        Arguments.of(
            Qemu72LinesTest.NETDEV_STREAM_CONNECTED_INET.replace(
                "\"type\": \"inet\"", "\"type\": \"inet\", \"type\": \"unix\""),
            "NETDEV_STREAM_CONNECTED",
            "type"),
        // A member no variant lists.
        Arguments.of(
            Qemu72LinesTest.NETDEV_STREAM_CONNECTED_INET.replace(
                "\"ipv6\": true", "\"x\": 1, \"ipv6\": true, \"x\": 2"),
            "NETDEV_STREAM_CONNECTED",
            "x"),
        // The event's own member beside the union.
        Arguments.of(
            Qemu72LinesTest.NETDEV_STREAM_CONNECTED_INET.replace(
                "\"netdev-id\": \"netdev0\"",
                "\"netdev-id\": \"netdev0\", \"netdev-id\": \"netdev1\""),
            "NETDEV_STREAM_CONNECTED",
            "data.netdev-id"));
  }

  @ParameterizedTest
  @MethodSource("repeats")
  void aRepeatedMemberOfAUnionIsRefused(String line, String event, String member) {
    for (boolean lenient : new boolean[] {false, true}) {
      DecodeException error =
          assertThrows(
              DecodeException.class,
              () -> {
                if (lenient) {
                  REGISTRY.decode(line, EventDecoding.LENIENT);
                } else {
                  REGISTRY.decode(line);
                }
              });
      assertEquals(DecodeException.Problem.MALFORMED_JSON, error.problem(), error::getMessage);
      assertTrue(
          error.getMessage().contains(event + ": the member \"" + member + "\" appears twice"),
          error::getMessage);
    }
  }
}
