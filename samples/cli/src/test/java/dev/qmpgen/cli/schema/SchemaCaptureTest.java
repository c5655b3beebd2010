package dev.qmpgen.cli.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.qmpgen.cli.json.JsonTree;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SchemaCaptureTest {

  private static final Object VERSION =
      JsonTree.parse("{\"qemu\": {\"micro\": 1, \"minor\": 0, \"major\": 9}, \"package\": \"\"}");

  @Test
  void theOrderDoesNotDependOnTheOrderQemuListedTheEntitiesIn() {
    List<Object> entities = new ArrayList<>();
    for (String name : List.of("100", "9", "10", "any", "int", "2", "QUIT", "STOP")) {
      entities.add(
          JsonTree.parse(
              "{\"name\": \""
                  + name
                  + "\", \"meta-type\": \""
                  + (Character.isDigit(name.charAt(0))
                      ? "object"
                      : Character.isUpperCase(name.charAt(0)) ? "event" : "builtin")
                  + "\"}"));
    }
    String expected = SchemaCapture.of(VERSION, entities).text();
    Random random = new Random(10);
    for (int i = 0; i < 20; i++) {
      Collections.shuffle(entities, random);

      SchemaCapture capture = SchemaCapture.of(VERSION, entities);

      assertEquals(expected, capture.text());
      assertEquals(
          List.of("any", "int", "QUIT", "STOP", "2", "9", "10", "100"),
          capture.entities().stream().map(e -> e.get("name")).toList());
    }
  }

  @Test
  void numberedNamesComeBeforeWordsAndCompareAsNumbers() {
    assertEquals(-1, Integer.signum(SchemaCapture.compareNames("9", "10")));
    assertEquals(
        -1,
        Integer.signum(
            SchemaCapture.compareNames("99999999999999999999", "100000000000000000000")));
    assertEquals(-1, Integer.signum(SchemaCapture.compareNames("10", "a")));
    assertEquals(1, Integer.signum(SchemaCapture.compareNames("int", "100")));
    assertEquals(-1, Integer.signum(SchemaCapture.compareNames("int8", "int9")));
  }

  @Test
  void theVersionIsMajorMinorMicroAndItsSeriesMajorMinor() {
    SchemaCapture capture = SchemaCapture.of(VERSION, List.of());

    assertEquals("9.0.1", capture.version());
    assertEquals("9.0", capture.series());
    assertEquals(
        "{\n  \"qemu\": {\n    \"version\": \"9.0.1\",\n    \"package\": \"\"\n  },\n  \"schema\": []\n}\n",
        capture.text());
  }

  @Test
  void stringsAreEscapedAsJson() {
    Object schema =
        JsonTree.parse(
            "[{\"name\": \"a\\\"b\\\\c\\u0001\", \"meta-type\": \"enum\", \"values\": [\"\\n\"]}]");

    String text = SchemaCapture.of(VERSION, schema).text();

    assertEquals(schema, ((Map<?, ?>) JsonTree.parse(text)).get("schema"));
  }

  @Test
  void repliesOfTheWrongShapeSayWhichReplyIsWrong() {
    assertEquals(
        "query-version's reply has no number \"micro\"",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    SchemaCapture.of(
                        JsonTree.parse("{\"qemu\": {\"major\": 7, \"minor\": 2}}"), List.of()))
            .getMessage());
    assertEquals(
        "query-qmp-schema did not return a list",
        assertThrows(
                IllegalArgumentException.class,
                () -> SchemaCapture.of(VERSION, JsonTree.parse("{}")))
            .getMessage());
    assertEquals(
        "query-qmp-schema returned an entity without a name or meta-type: {name=x}",
        assertThrows(
                IllegalArgumentException.class,
                () -> SchemaCapture.of(VERSION, JsonTree.parse("[{\"name\": \"x\"}]")))
            .getMessage());
  }
}
