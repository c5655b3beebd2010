package dev.qmpgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.qmpgen.runtime.EventRegistry;
import dev.qmpgen.runtime.QmpEvent;
import dev.qmpgen.runtime.RawJson;
import dev.qmpgen.runtime.Timestamp;
import dev.qmpgen.spec.EventSpec;
import dev.qmpgen.spec.ExampleSpec;
import dev.qmpgen.spec.SpecParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One spec text per layout QEMU and Red Hat shipped (written for the test, in that layout: numbered
 * headings and an untyped field with listed values; a heading naming two events; the ACPI {@code -
 * data: Type as described in ...} line, a missing comma between members, a stray {@code }} after a
 * valid example, examples without timestamps; vendor-prefixed names), compiled as a user's {@code
 * -Werror} build would, and every valid example whose event matches its heading decoded to its
 * typed record and re-encoded JSON-equal.
 */
class HistoricalLayoutsTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"numbered-0.12.txt", "spice-1.1.txt", "acpi-2.1.txt", "rhel-6.txt"})
  void buildsWithWerrorAndDecodesAndReencodesEveryValidExample(String layout) throws Exception {
    String text = resource(layout);
    EventRegistry registry = compile(layout, text);
    List<String> checked = new ArrayList<>();
    for (EventSpec event : SpecParser.parse(layout, text).document().events()) {
      for (ExampleSpec example : event.examples()) {
        if (example.wellFormed()
            && JSON.readTree(example.json()).path("event").asString().equals(event.name())) {
          decodesAndReencodes(registry, example.json());
          checked.add(event.name());
        }
      }
    }
    assertFalse(checked.isEmpty(), layout + " has valid examples");
  }

  @Test
  void brokenExamplesAreNotesAndTheirEventsAreStillGenerated() throws Exception {
    Compilation compilation =
        Compilations.compile(
            writeLayout("acpi-2.1.txt"), "acpi-2.1.txt", false, "-Aqmpgen.specWarnings=note");
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .hadNoteContaining(
            "acpi-2.1.txt:28:5: example is not valid JSON: Unexpected character ('\"' (code 34)):"
                + " was expecting comma to separate Object entries");
    assertThat(compilation)
        .hadNoteContaining(
            "acpi-2.1.txt:121:1: stray closing brace after the complete example above");
    assertThat(compilation).generatedSourceFile(Compilations.PACKAGE + ".BlockJobReady");
    assertThat(compilation).generatedSourceFile(Compilations.PACKAGE + ".MemUnplugError");
  }

  @Test
  void aQemu72AcpiDeviceOstDecodesAsTheWholeDataObjectAndReencodesAsSent() throws Exception {
    EventRegistry registry = compile("acpi-2.1.txt", resource("acpi-2.1.txt"));
    String line =
        "{\"timestamp\":{\"seconds\":1700000000,\"microseconds\":123456},\"event\":\"ACPI_DEVICE_OST\","
            + "\"data\":{\"info\":{\"device\":\"dimm1\",\"source\":3,\"status\":0,\"slot\":\"1\",\"slot-type\":\"DIMM\"}}}";
    QmpEvent event = registry.decode(line);
    assertEquals(Compilations.PACKAGE + ".AcpiDeviceOst", event.getClass().getName());
    RawJson data = (RawJson) event.getClass().getMethod("data").invoke(event);
    assertEquals(JSON.readTree(line).get("data"), JSON.readTree(data.json()));
    assertEquals(JSON.readTree(line), JSON.readTree(registry.encode(event)));
  }

  @Test
  void databindBindsAndWritesAWholeDataRecordAsTheDataObject() throws Exception {
    EventRegistry registry = compile("acpi-2.1.txt", resource("acpi-2.1.txt"));
    Class<?> acpi = registry.codec("ACPI_DEVICE_OST").orElseThrow().eventType();
    String data = "{\"info\":{\"device\":\"dimm1\",\"source\":3,\"status\":0}}";
    Object bound = JSON.readValue(data, acpi);
    assertEquals(JSON.readTree(data), JSON.readTree(JSON.writeValueAsString(bound)));
    assertEquals(Timestamp.ABSENT, ((QmpEvent) bound).timestamp());
  }

  @Test
  void theSameMembersUnderDifferentFieldNamesAreDifferentRecordsNamedForTheirFields()
      throws Exception {
    Compilation compilation =
        Compilations.compile(
            writeLayout("spice-1.1.txt"), "spice-1.1.txt", false, "-Aqmpgen.specWarnings=note");
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile(Compilations.PACKAGE + ".SpiceServer");
    assertThat(compilation)
        .generatedSourceFile(Compilations.PACKAGE + ".SpiceClient")
        .contentsAsUtf8String()
        .contains("public record SpiceClient(");
    assertThat(compilation)
        .generatedSourceFile(Compilations.PACKAGE + ".SpiceConnected")
        .contentsAsUtf8String()
        .contains("SpiceClient client");
  }

  @Test
  void anUntypedFieldWithListedValuesIsAnEnumeratedString() throws Exception {
    Compilation compilation =
        Compilations.compile(
            writeLayout("numbered-0.12.txt"),
            "numbered-0.12.txt",
            false,
            "-Aqmpgen.specWarnings=note");
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile(Compilations.PACKAGE + ".BlockIoError")
        .contentsAsUtf8String()
        .contains("Enumerated<Action> action");
  }

  @Test
  void anExampleWithoutATimestampDecodesToAnAbsentOneAndReencodesWithout() throws Exception {
    EventRegistry registry = compile("acpi-2.1.txt", resource("acpi-2.1.txt"));
    String line = "{\"event\":\"GUEST_PANICKED\",\"data\":{\"action\":\"pause\"}}";
    QmpEvent event = registry.decode(line);
    assertEquals(Timestamp.ABSENT, event.timestamp());
    assertEquals(line, registry.encode(event));
  }

  private void decodesAndReencodes(EventRegistry registry, String json) throws Exception {
    JsonNode expected = JSON.readTree(json);
    QmpEvent event = registry.decode(json);
    assertTrue(
        registry.codec(event.eventName()).orElseThrow().eventType().isInstance(event),
        () -> json + " decoded to " + event);
    assertEquals(expected.get("event").asString(), event.eventName());
    assertEquals(expected, JSON.readTree(registry.encode(event)), json);
    assertEquals(event, registry.decode(registry.encode(event)));
  }

  private EventRegistry compile(String layout, String text) throws Exception {
    Compilations.write(dir, layout, text);
    Compilation compilation =
        Compilations.compile(dir, layout, false, "-Aqmpgen.specWarnings=note");
    assertThat(compilation).succeededWithoutWarnings();
    ClassLoader loader = new CompiledClasses(compilation, getClass().getClassLoader());
    return assertInstanceOf(
        EventRegistry.class,
        loader.loadClass(Compilations.PACKAGE + ".Events").getMethod("registry").invoke(null));
  }

  private Path writeLayout(String layout) throws IOException {
    Compilations.write(dir, layout, resource(layout));
    return dir;
  }

  private static String resource(String layout) throws IOException {
    try (InputStream in = HistoricalLayoutsTest.class.getResourceAsStream("/layouts/" + layout)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
