package dev.qmpgen.spec;

import dev.qmpgen.spec.internal.parser.ExampleJsonWriter;
import java.io.StringWriter;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * The stable JSON form of a {@link SpecDocument}, as {@code dump} prints it: {@code
 * {"events":[{"name","line","description","since","fields":[{"name","type","optional",
 * "description","values":[{"name","description"}],"fields":[...]}],"examples":[...],"notes":[...]}]}}.
 * Types are spelled as in the spec ({@code json-string}); a missing {@code since} is null; a
 * well-formed example is its JSON object, a broken one the string of its text.
 */
public final class SpecDump {

  private static final JsonFactory FACTORY = new JsonFactory();

  private SpecDump() {}

  /** The document as pretty-printed JSON, ending with a newline. */
  public static String toJson(SpecDocument document) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(new PrettyContext(), out)) {
      json.writeStartObject();
      json.writeName("events");
      json.writeStartArray();
      document.events().forEach(event -> writeEvent(json, event));
      json.writeEndArray();
      json.writeEndObject();
    }
    return out + "\n";
  }

  private static void writeEvent(JsonGenerator json, EventSpec event) {
    json.writeStartObject();
    json.writeStringProperty("name", event.name());
    json.writeNumberProperty("line", event.position().line());
    json.writeStringProperty("description", event.description());
    json.writeName("since");
    if (event.since().isPresent()) {
      json.writeString(event.since().get());
    } else {
      json.writeNull();
    }
    writeFields(json, event.fields());
    json.writeName("examples");
    json.writeStartArray();
    event.examples().forEach(example -> ExampleJsonWriter.write(json, example));
    json.writeEndArray();
    json.writeName("notes");
    json.writeStartArray();
    event.notes().forEach(json::writeString);
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void writeFields(JsonGenerator json, List<FieldSpec> fields) {
    json.writeName("fields");
    json.writeStartArray();
    for (FieldSpec field : fields) {
      json.writeStartObject();
      json.writeStringProperty("name", field.name());
      json.writeStringProperty("type", field.type().specName());
      json.writeBooleanProperty("optional", field.optional());
      json.writeStringProperty("description", field.description());
      json.writeName("values");
      json.writeStartArray();
      for (EnumValue value : field.values()) {
        json.writeStartObject();
        json.writeStringProperty("name", value.name());
        json.writeStringProperty("description", value.description());
        json.writeEndObject();
      }
      json.writeEndArray();
      writeFields(json, field.fields());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /** Two-space indentation, {@code "name": value}, empty arrays as {@code []}. */
  private static final class PrettyContext extends ObjectWriteContext.Base {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      Separators separators =
          Separators.createDefaultInstance()
              .withObjectNameValueSpacing(Separators.Spacing.AFTER)
              .withArrayEmptySeparator("")
              .withObjectEmptySeparator("");
      return new DefaultPrettyPrinter(separators);
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  }
}
