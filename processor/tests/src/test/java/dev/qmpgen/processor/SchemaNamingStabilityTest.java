package dev.qmpgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Java names come from event and member names, never from QEMU's masked type ids: regenerating from
 * a newer QEMU's capture, whose ids all differ and which adds an event, leaves the source of every
 * other event and type as it was.
 */
class SchemaNamingStabilityTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final Path QEMU_72 = Path.of("..", "..", "spec", "schemas", "qemu-7.2.json");

  /**
   * What the added event brings: its record, and the catalogs, supertype and visitors that list
   * every event.
   */
  private static final Set<String> CHANGED =
      Set.of(
          "JobNewThing.java",
          "KnownEvent.java",
          "EventVisitor.java",
          "EventVisitorAdapter.java",
          "Events.java",
          "EventDescriptions.java");

  @TempDir Path dir;

  @Test
  void aCaptureWithRenumberedTypesAndOneMoreEventGeneratesTheSameSourcesForEveryOtherEvent()
      throws IOException {
    ObjectNode older = (ObjectNode) MAPPER.readTree(Files.readString(QEMU_72));
    ObjectNode newer = older.deepCopy();
    ArrayNode entities = (ArrayNode) newer.get("schema");
    for (JsonNode entity : entities) {
      ((ObjectNode) entity).put("name", renumbered(entity.get("name").asString()));
      renumber(entity);
    }
    entities.add(
        MAPPER.readTree(
            "{\"name\": \"JOB_NEW_THING\", \"meta-type\": \"event\", \"arg-type\": \"9001\"}"));
    entities.add(
        MAPPER.readTree(
            "{\"name\": \"9001\", \"meta-type\": \"object\", \"members\": ["
                + "{\"name\": \"id\", \"type\": \"str\"}, {\"name\": \"state\", \"type\": \"9002\"}]}"));
    entities.add(
        MAPPER.readTree(
            "{\"name\": \"9002\", \"meta-type\": \"enum\", \"values\": [\"on\", \"off\"]}"));
    Files.writeString(dir.resolve("older.json"), MAPPER.writeValueAsString(older));
    Files.writeString(dir.resolve("newer.json"), MAPPER.writeValueAsString(newer));

    TreeMap<String, String> before = generate("older.json");
    TreeMap<String, String> after = generate("newer.json");
    Set<String> added = new TreeSet<>(after.keySet());
    added.removeAll(before.keySet());
    assertEquals(Set.of("JobNewThing.java"), added);
    int compared = 0;
    for (String file : before.keySet()) {
      if (!CHANGED.contains(file)) {
        assertEquals(
            before.get(file).replace("older.json", "CAPTURE"),
            after.get(file).replace("newer.json", "CAPTURE"),
            file);
        compared++;
      }
    }
    assertTrue(compared > 52, "compared " + compared);
  }

  private TreeMap<String, String> generate(String capture) throws IOException {
    Compilation compilation = Compilations.compileSchema(dir, capture);
    assertThat(compilation).succeeded();
    return GoldenFiles.sources(compilation);
  }

  /** Gives every reference to a masked type id another number, as a newer QEMU does. */
  private static void renumber(JsonNode node) {
    if (node instanceof ObjectNode object) {
      for (String key : Set.of("arg-type", "ret-type", "element-type", "type")) {
        JsonNode value = object.get(key);
        if (value != null && value.isString()) {
          object.put(key, renumbered(value.asString()));
        }
      }
      object.values().forEach(SchemaNamingStabilityTest::renumber);
    } else if (node instanceof ArrayNode array) {
      array.forEach(SchemaNamingStabilityTest::renumber);
    }
  }

  private static String renumbered(String id) {
    if (id.matches("\\d+")) {
      return String.valueOf(Integer.parseInt(id) + 1000);
    }
    if (id.startsWith("[") && id.endsWith("]")) {
      return "[" + renumbered(id.substring(1, id.length() - 1)) + "]";
    }
    return id;
  }
}
