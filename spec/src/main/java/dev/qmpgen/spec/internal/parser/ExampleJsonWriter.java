package dev.qmpgen.spec.internal.parser;

import dev.qmpgen.spec.ExampleSpec;
import tools.jackson.core.JsonGenerator;

/** Writes an example for {@link dev.qmpgen.spec.SpecDump}, reading it as the parser does. */
public final class ExampleJsonWriter {

  private ExampleJsonWriter() {}

  /** Writes {@code example} as its JSON object, or as the string of its text when it is broken. */
  public static void write(JsonGenerator json, ExampleSpec example) {
    JsonTreeReader.Result read =
        JsonTreeReader.read(example.json(), (line, column) -> example.position());
    if (read.object().isPresent()) {
      writeValue(json, read.object().get());
    } else {
      json.writeString(example.json());
    }
  }

  private static void writeValue(JsonGenerator json, JsonValue value) {
    if (value instanceof JsonValue.Obj object) {
      json.writeStartObject();
      for (JsonValue.Member member : object.members().values()) {
        json.writeName(member.key());
        writeValue(json, member.value());
      }
      json.writeEndObject();
    } else if (value instanceof JsonValue.Arr array) {
      json.writeStartArray();
      array.items().forEach(item -> writeValue(json, item));
      json.writeEndArray();
    } else if (value instanceof JsonValue.Str text) {
      json.writeString(text.value());
    } else if (value instanceof JsonValue.Num number) {
      json.writeNumber(number.text());
    } else if (value instanceof JsonValue.Bool bool) {
      json.writeBoolean(bool.value());
    } else {
      json.writeNull();
    }
  }
}
