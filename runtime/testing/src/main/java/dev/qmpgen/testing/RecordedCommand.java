package dev.qmpgen.testing;

import java.io.StringWriter;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * One line the client sent, as the server read it.
 *
 * @param line the line, without its line end
 * @param execute the command's name ({@code execute} or {@code exec-oob}); empty if the line is not
 *     a command object
 * @param id the command's {@code id} as compact JSON ({@code 7}, {@code "a"}), if it has one
 * @param arguments the command's {@code arguments} as compact JSON; {@code {}} when absent
 */
public record RecordedCommand(String line, String execute, Optional<String> id, String arguments) {

  private static final JsonFactory JSON = JsonFactory.builder().build();

  public RecordedCommand {
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(execute, "execute");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(arguments, "arguments");
  }

  /**
   * Whether the line was a command object at all (QEMU answers anything else with a GenericError).
   */
  public boolean isCommand() {
    return !execute.isEmpty();
  }

  /** The id as a number, for clients that number their commands. */
  public long numericId() {
    return Long.parseLong(
        id.orElseThrow(() -> new AssertionError("the command has no id: " + line)));
  }

  static RecordedCommand parse(String line) {
    String execute = "";
    Optional<String> id = Optional.empty();
    String arguments = "{}";
    try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), line)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return new RecordedCommand(line, "", Optional.empty(), "{}");
      }
      for (String key = parser.nextName(); key != null; key = parser.nextName()) {
        parser.nextToken();
        switch (key) {
          case "execute", "exec-oob" ->
              execute = parser.currentToken() == JsonToken.VALUE_STRING ? parser.getString() : "";
          case "id" -> id = Optional.of(compact(parser));
          case "arguments" -> arguments = compact(parser);
          default -> parser.skipChildren();
        }
      }
    } catch (JacksonException e) {
      return new RecordedCommand(line, "", Optional.empty(), "{}");
    }
    return new RecordedCommand(line, execute, id, arguments);
  }

  private static String compact(JsonParser parser) {
    StringWriter text = new StringWriter();
    try (JsonGenerator generator = JSON.createGenerator(ObjectWriteContext.empty(), text)) {
      generator.copyCurrentStructure(parser);
    }
    return text.toString();
  }
}
