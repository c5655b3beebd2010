package dev.qmpgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading values out of a RawJson without another library. */
class RawJsonReadingTest {

  private static final RawJson STATUS =
      RawJson.parse(
          "{\"status\": \"paused\", \"running\": false,"
              + " \"size\": 1073741824, \"ratio\": 2.50, \"huge\": 1e400, \"note\": \"a \\\"quoted\\\" \\u00e9\","
              + " \"nested\": {\"deep\": [1, {\"x\": null}]}, \"list\": [\"a\", [2], {}], \"none\": null}");

  @Test
  void scalarsReadAsTheirValuesWithoutQuotesAndNumbersExactly() {
    assertEquals("paused", STATUS.member("status").orElseThrow().asString());
    assertEquals("a \"quoted\" é", STATUS.member("note").orElseThrow().asString());
    assertFalse(STATUS.member("running").orElseThrow().asBoolean());
    assertEquals(1073741824L, STATUS.member("size").orElseThrow().asLong());
    assertEquals(new BigDecimal("2.50"), STATUS.member("ratio").orElseThrow().asDecimal());
    assertEquals(2, STATUS.member("ratio").orElseThrow().asDecimal().scale());
    assertEquals(new BigDecimal("1e400"), STATUS.member("huge").orElseThrow().asDecimal());
    assertTrue(STATUS.member("none").orElseThrow().isNull());
    assertEquals(RawJson.Kind.NULL, STATUS.member("none").orElseThrow().kind());
  }

  @Test
  void everyKindIsTold() {
    assertEquals(
        List.of(
            RawJson.Kind.STRING,
            RawJson.Kind.BOOLEAN,
            RawJson.Kind.NUMBER,
            RawJson.Kind.NUMBER,
            RawJson.Kind.NUMBER,
            RawJson.Kind.STRING,
            RawJson.Kind.OBJECT,
            RawJson.Kind.ARRAY,
            RawJson.Kind.NULL),
        STATUS.members().values().stream().map(RawJson::kind).toList());
    assertEquals(RawJson.Kind.NUMBER, RawJson.parse("-3").kind());
    assertEquals(RawJson.Kind.BOOLEAN, RawJson.parse("true").kind());
  }

  @Test
  void membersAndElementsAreReachedByNameIndexAndIterationInOrder() {
    assertEquals(
        List.of("status", "running", "size", "ratio", "huge", "note", "nested", "list", "none"),
        List.copyOf(STATUS.members().keySet()));
    RawJson deep = STATUS.member("nested").orElseThrow().member("deep").orElseThrow();
    assertEquals(RawJson.parse("{\"x\":null}"), deep.element(1).orElseThrow());
    assertEquals(Optional.empty(), deep.element(2));
    assertEquals(Optional.empty(), STATUS.member("absent"));
    List<RawJson> list = STATUS.member("list").orElseThrow().elements();
    assertEquals(List.of(RawJson.parse("\"a\""), RawJson.parse("[2]"), RawJson.parse("{}")), list);
    assertEquals(2, list.get(1).element(0).orElseThrow().asLong());
    assertEquals(Map.of(), list.get(2).members());
    assertThrows(UnsupportedOperationException.class, () -> list.add(RawJson.parse("1")));
  }

  @Test
  void askingForTheWrongKindSaysWhatTheValueIs() {
    IllegalStateException error =
        assertThrows(
            IllegalStateException.class, () -> STATUS.member("ratio").orElseThrow().asString());
    assertEquals("expected a string but the value is a number: 2.50", error.getMessage());
    assertThrows(IllegalStateException.class, () -> STATUS.member("status").orElseThrow().asLong());
    assertThrows(IllegalStateException.class, () -> STATUS.member("ratio").orElseThrow().asLong());
    assertThrows(IllegalStateException.class, () -> RawJson.parse("1e30").asLong());
    assertThrows(IllegalStateException.class, () -> STATUS.elements());
    assertThrows(
        IllegalStateException.class, () -> STATUS.member("list").orElseThrow().member("a"));
    assertThrows(
        IndexOutOfBoundsException.class, () -> STATUS.member("list").orElseThrow().element(-1));
  }
}
