package dev.qmpgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.qmpgen.runtime.Enumerated;
import dev.qmpgen.runtime.EventRegistry;
import dev.qmpgen.runtime.QmpEvent;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spec text reaches generated source only as text: javac turns a backslash-u escape into its
 * character before it finds where a comment or a string literal ends, so spec text holding one must
 * not be able to end the comment it is written in and have what follows compiled. (In this file
 * every such escape is written with a doubled backslash, for the same reason.)
 */
class SpecTextInjectionTest {

  private static final String HEAD = "  Test Events\n  ===========\n\n";

  /**
   * Closes the comment, declares one more enum constant whose argument runs code, reopens a
   * comment.
   */
  private static final String INJECTION =
      "\\u002a/ EVIL(String.valueOf(System.setProperty(\"qmpgen.injected\", \"ran\"))), /\\u002a";

  private static final String WINDOWS_PATH = "C:\\users\\qemu\\disk.img";

  @TempDir Path dir;

  @Test
  void anEscapeInAValueDescriptionStaysInTheCommentAndNeverRuns() throws Exception {
    Compilation compilation =
        Compilations.writeAndCompile(
            dir,
            "inject.txt",
            HEAD
                + "DISK_FULL\n---------\n\nEmitted when a disk fills up.\n\nData:\n\n"
                + "- \"mode\": what the guest sees (json-string):\n"
                + "  \"on\": on "
                + INJECTION
                + "\n"
                + "  \"off\": off\n",
            true);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .generatedSourceFile("com.example.vm.DiskFull")
        .contentsAsUtf8String()
        .contains(
            "on &#92;u002a/ EVIL(String.valueOf(System.setProperty(\"qmpgen.injected\", \"ran\"))), /&#92;u002a");

    CompiledClasses loader = new CompiledClasses(compilation, getClass().getClassLoader());
    Class<?> mode = loader.loadClass("com.example.vm.DiskFull$Mode");
    assertEquals(2, mode.getEnumConstants().length, "constants of the generated enum");
    QmpEvent event =
        loader
            .registry(Compilations.PACKAGE)
            .decode(
                "{\"event\":\"DISK_FULL\",\"data\":{\"mode\":\"on\"},"
                    + "\"timestamp\":{\"seconds\":1,\"microseconds\":2}}");
    assertEquals("DISK_FULL", event.eventName());
    assertNull(System.getProperty("qmpgen.injected"), "code from the spec text ran");
  }

  @Test
  void aWindowsPathInProseCompilesAndItsJavadocShowsItAsWritten() throws Exception {
    Compilation compilation =
        Compilations.writeAndCompile(
            dir,
            "path.txt",
            HEAD
                + "DISK_FULL\n---------\n\nEmitted when the image at "
                + WINDOWS_PATH
                + " fills up.\n\nData:\n\n- \"path\": where, such as "
                + WINDOWS_PATH
                + " (json-string)\n\n"
                + "Example:\n\n{ \"event\": \"DISK_FULL\", \"data\": { \"path\": \"C:\\\\users\" },\n"
                + "  \"timestamp\": { \"seconds\": 1, \"microseconds\": 2 } }\n",
            false);
    assertThat(compilation).succeededWithoutWarnings();
    String source = Compilations.generatedSource(compilation, "com.example.vm.DiskFull");
    String shown = "C:&#92;users&#92;qemu&#92;disk.img";
    assertTrue(source.contains("Emitted when the image at " + shown + " fills up."), source);
    assertTrue(source.contains("where, such as " + shown), source);
    // HTML shows the entity as the backslash it stands for: the text as written.
    assertEquals(WINDOWS_PATH, shown.replace("&#92;", "\\"));
    assertTrue(source.contains("\"path\": \"C:&#92;&#92;users\""), source);
    assertFalse(source.contains("C:\\u"), "a raw backslash before u reached the source");
  }

  @Test
  void escapesInWireNamesAndValuesSurviveAsStringLiteralsAndIdentifiersKeepOnlyWordCharacters()
      throws Exception {
    Compilation compilation =
        Compilations.writeAndCompile(
            dir,
            "names.txt",
            HEAD
                + "DISK_FULL\n---------\n\nData:\n\n"
                + "- \"a\\u002a/b\": odd name (json-int)\n"
                + "- \"mode\": the mode (json-string, \"x\\u0022y\" or \"plain\")\n",
            true);
    assertThat(compilation).succeeded();
    String line =
        "{\"timestamp\":{\"seconds\":1,\"microseconds\":2},\"event\":\"DISK_FULL\","
            + "\"data\":{\"a\\\\u002a/b\":7,\"mode\":\"x\\\\u0022y\"}}";
    EventRegistry registry =
        new CompiledClasses(compilation, getClass().getClassLoader())
            .registry(Compilations.PACKAGE);
    QmpEvent event = registry.decode(line);
    Class<?> type = event.getClass();
    assertEquals(7L, type.getMethod("aU002aB").invoke(event));
    Enumerated<?> mode = (Enumerated<?>) type.getMethod("mode").invoke(event);
    assertEquals("X_U0022Y", mode.known().orElseThrow().name());
    assertEquals(line, registry.encode(event));
  }

  @Test
  void aSpecFileNamedWithABackslashCompilesAndItsJavadocShowsTheName() throws Exception {
    Compilations.write(
        dir, "C:\\users.txt", HEAD + "PING\n----\n\nEmitted now and then.\n\nData: None.\n");
    // The annotation's value is written in Java source, where the backslash is doubled.
    Compilation compilation = Compilations.compile(dir, "C:\\\\users.txt", false);
    assertThat(compilation).succeededWithoutWarnings();
    String catalog = Compilations.generatedSource(compilation, "com.example.vm.Events");
    assertTrue(
        catalog.contains("The codecs of the events of <code>C:&#92;users.txt</code>."), catalog);
  }

  @Test
  void namesAndValuesOfASchemaCaptureGetTheSameEscaping() throws Exception {
    // In the capture's JSON a doubled backslash is one backslash in the name.
    String name = "a\\\\u002a/b";
    String value =
        "on\\\\u002a/ EVIL(String.valueOf(System.setProperty(\\\"qmpgen.injected\\\", \\\"ran\\\"))), /\\\\u002a";
    Compilations.write(
        dir,
        "inject.json",
        "{\n  \"qemu\": {\"version\": \"7.2.22\", \"package\": \"\"},\n  \"schema\": [\n"
            + "    {\"name\": \"DISK_FULL\", \"meta-type\": \"event\", \"arg-type\": \"1\"},\n"
            + "    {\"name\": \"1\", \"meta-type\": \"object\", \"members\": [{\"name\": \""
            + name
            + "\", \"type\": \"int\"},"
            + " {\"name\": \"mode\", \"type\": \"2\"}]},\n"
            + "    {\"name\": \"2\", \"meta-type\": \"enum\", \"values\": [\""
            + value
            + "\", \"off\"]},\n"
            + "    {\"name\": \"int\", \"meta-type\": \"builtin\", \"json-type\": \"int\"}\n  ]\n}\n");
    Compilation compilation = Compilations.compileSchema(dir, "inject.json");
    assertThat(compilation).succeeded();
    EventRegistry registry =
        new CompiledClasses(compilation, getClass().getClassLoader())
            .registry(Compilations.SCHEMA_PACKAGE);
    String line =
        "{\"timestamp\":{\"seconds\":1,\"microseconds\":2},\"event\":\"DISK_FULL\",\"data\":{\""
            + name
            + "\":7,\"mode\":\""
            + value
            + "\"}}";
    QmpEvent event = registry.decode(line);
    assertEquals(line, registry.encode(event));
    assertNull(System.getProperty("qmpgen.injected"), "code from the capture ran");
  }
}
