package dev.qmpgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qmpgen.runtime.internal.NameTable;
import dev.qmpgen.runtime.internal.UnknownFields;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuntimeValuesTest {

  @Test
  void qemusUnavailableTimestampIsNotAnInstantIn1969() {
    assertFalse(Timestamp.UNAVAILABLE.isAvailable());
    assertEquals(Optional.empty(), Timestamp.UNAVAILABLE.toInstant());
    Timestamp at = new Timestamp(1267020223, 435656);
    assertEquals(Optional.of(Instant.parse("2010-02-24T14:03:43.435656Z")), at.toInstant());
    assertEquals(at, Timestamp.of(at.toInstant().orElseThrow()));
  }

  @Test
  void rawJsonIsCompactAndComparesByValueText() {
    assertEquals(
        RawJson.parse("{ \"a\" : [1, 2.50, true, null, \"x\\u0041\"] }"),
        RawJson.parse("{\"a\":[1,2.50,true,null,\"xA\"]}"));
    assertEquals(
        "{\"a\":[1,2.50,true,null,\"xA\"]}",
        RawJson.parse("{ \"a\" : [1, 2.50, true, null, \"x\\u0041\"] }").json());
    assertEquals("-12e3", RawJson.parse("-12e3").json());
    assertEquals("\"q\\\"uote\"", RawJson.parse("\"q\\\"uote\"").json());
    assertThrows(DecodeException.class, () -> RawJson.parse("{"));
    assertThrows(DecodeException.class, () -> RawJson.parse("1 2"));
    assertEquals(
        RawJson.parse("{\"k\":[1,\"s\",false]}"),
        RawJson.fromValue(Map.of("k", List.of(1, "s", false))));
  }

  @Test
  void unknownFieldsAreImmutableInsertionOrderedAndNotCopiedTwice() {
    LinkedHashMap<String, RawJson> source = new LinkedHashMap<>();
    source.put("z", RawJson.parse("1"));
    source.put("a", RawJson.parse("2"));
    Map<String, RawJson> copy = UnknownFields.copyOf(source);
    source.put("b", RawJson.parse("3"));
    assertEquals(List.of("z", "a"), List.copyOf(copy.keySet()));
    assertSame(copy, UnknownFields.copyOf(copy));
    assertThrows(UnsupportedOperationException.class, () -> copy.remove("z"));
    assertSame(Map.of(), UnknownFields.adopt(null));
    assertThrows(UnsupportedOperationException.class, () -> copy.put("b", RawJson.parse("3")));
    assertEquals(Map.of("z", RawJson.parse("1"), "a", RawJson.parse("2")), copy);
  }

  @Test
  void nestedValuesAreCopiedCompactlyWithNumbersAsWrittenAndStringsEscaped() {
    String json =
        "{ \"a\": {}, \"b\": [ ], \"c\": [{\"d\\n\": \"x\\\"y\"}, 1e3, -0.50, [null, true]] }";
    assertEquals(
        "{\"a\":{},\"b\":[],\"c\":[{\"d\\n\":\"x\\\"y\"},1e3,-0.50,[null,true]]}",
        RawJson.parse(json).json());
    assertEquals("[]", RawJson.parse("[ ]").json());
  }

  @Test
  void nameTableFindsNamesFromCharsEvenWhenTheirHashesCollide() {
    NameTable<Integer> table =
        NameTable.of(Map.of("Aa", 1, "BB", 2, "STOP", 3)); // "Aa" and "BB" share a hash
    char[] chars = "xxAaBBSTOPST".toCharArray();
    assertEquals(1, table.find(chars, 2, 2));
    assertEquals(2, table.find(chars, 4, 2));
    assertEquals(3, table.find(chars, 6, 4));
    assertEquals(null, table.find(chars, 6, 2));
    assertEquals(null, table.find(chars, 0, 0));
  }

  @Test
  void anUnlistedValueKeepsItsWireNameAndEqualsAnotherWithTheSameName() {
    Enumerated<Thread.State> value = Enumerated.unlisted("inject-nmi");
    assertEquals("inject-nmi", value.wireName());
    assertEquals("inject-nmi", value.toString());
    assertEquals(Optional.empty(), value.known());
    assertEquals(value, Enumerated.unlisted("inject-nmi"));
    assertNotEquals(value, Enumerated.unlisted("reset"));
  }

  @Test
  void decodeExceptionsNameTheEventTheFieldAndTheProblem() {
    DecodeException missing = DecodeException.missingField("VNC_CONNECTED", "client.host");
    assertEquals("VNC_CONNECTED: data.client.host: missing required field", missing.getMessage());
    assertEquals(DecodeException.Problem.MISSING_FIELD, missing.problem());
    assertTrue(missing.eventName().isPresent());
  }
}
