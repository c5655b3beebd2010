package dev.qmpgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every type of QEMU 7.2's schema, not only the few its events use, generates code that compiles
 * {@code -Xlint:all -Werror} clean: each command's arguments and each command's result become the
 * data of an event, so flat unions as event data, alternates, arrays of arrays, recursive block
 * device types, deprecated members and Java keywords as member names all go through the generator,
 * as a newer QEMU's events may bring any of them.
 */
class EveryQemuTypeCompilesTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @TempDir Path dir;

  @Test
  void everyCommandsArgumentsAndResultAsEventDataCompileWithoutWarnings() throws IOException {
    ObjectNode capture =
        (ObjectNode)
            MAPPER.readTree(
                Files.readString(Path.of("..", "..", "spec", "schemas", "qemu-7.2.json")));
    ArrayNode entities = (ArrayNode) capture.get("schema");
    Map<String, JsonNode> byName = new HashMap<>();
    entities.forEach(entity -> byName.put(entity.get("name").asString(), entity));
    ArrayNode events = MAPPER.createArrayNode();
    for (JsonNode entity : entities) {
      if (entity.get("meta-type").asString().equals("command")) {
        String name = entity.get("name").asString().toUpperCase(Locale.ROOT).replace('-', '_');
        events.add(event("ARGS_" + name, entity.get("arg-type").asString()));
        String result = entity.get("ret-type").asString();
        String metaType = byName.get(result).get("meta-type").asString();
        // A result that is no object (a list, a string) is wrapped as the member "return" of one.
        String data = metaType.equals("object") ? result : "wrapped-" + result;
        if (!metaType.equals("object") && !byName.containsKey(data)) {
          ObjectNode wrapper =
              (ObjectNode)
                  MAPPER.readTree(
                      "{\"meta-type\": \"object\", \"members\": [{\"name\": \"return\"}]}");
          wrapper.put("name", data);
          ((ObjectNode) wrapper.get("members").get(0)).put("type", result);
          byName.put(data, wrapper);
          events.add(wrapper);
        }
        events.add(event("RESULT_" + name, data));
      }
    }
    entities.addAll(events);
    Files.writeString(dir.resolve("every-type.json"), MAPPER.writeValueAsString(capture));

    Compilation compilation = Compilations.compileSchema(dir, "every-type.json");
    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(
        compilation.generatedSourceFiles().size() > 600,
        "generated " + compilation.generatedSourceFiles().size());
  }

  private static JsonNode event(String name, String argType) {
    ObjectNode event = MAPPER.createObjectNode();
    event.put("name", name);
    event.put("meta-type", "event");
    event.put("arg-type", argType);
    return event;
  }
}
