package dev.qmpgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every diagnostic the processor gives, with its message and the element it points at. */
class ProcessorDiagnosticsTest {

  private static final String HEAD = "  Test Events\n  ===========\n\n";

  @TempDir Path dir;

  /**
   * Writes {@code body} below a heading as the spec {@code spec}, and compiles, warnings allowed.
   */
  private Compilation compileLenient(String spec, String body) {
    return Compilations.writeAndCompile(dir, spec, HEAD + body, true);
  }

  /** The compilation succeeded, with {@code warning} on the annotation naming {@code spec}. */
  private static void assertSucceededWithWarningOnTheAnnotation(
      Compilation compilation, String spec, String warning) {
    assertThat(compilation).succeeded();
    Compilations.onTheAnnotation(
        assertThat(compilation).hadWarningContaining(warning), Compilations.packageInfo(spec));
  }

  private static void assertGeneratedSourceContains(
      Compilation compilation, String type, String text) {
    assertThat(compilation).generatedSourceFile(type).contentsAsUtf8String().contains(text);
  }

  @Test
  void aSpecErrorIsAJavacErrorOnTheAnnotationNamingFileLineAndColumn() {
    Compilation compilation =
        compileLenient(
            "bad.txt",
            "DISK_FULL\n---------\n\nData:\n\n- \"device\": device name (json-strnig)\n");
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("bad.txt:9:")
        .inFile(Compilations.packageInfo("bad.txt"))
        .onLineContaining("@GenerateQmpEvents");
    assertThat(compilation).hadErrorContaining("json-strnig");
  }

  @Test
  void aMissingSpecIsAnErrorListingEveryPlaceSearched() {
    Compilation compilation = Compilations.compile(dir, "missing.txt", true);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "spec missing.txt not found; searched: " + dir.toAbsolutePath().resolve("missing.txt"))
        .inFile(Compilations.packageInfo("missing.txt"))
        .onLineContaining("@GenerateQmpEvents");
    assertThat(compilation)
        .hadErrorContaining("class path: com/example/vm/missing.txt, class path: missing.txt");
    assertThat(compilation).hadErrorContaining("source path: com/example/vm/missing.txt");
  }

  @Test
  void aKeywordFieldNameGetsALegalAccessorAndAWarning() {
    Compilation compilation =
        compileLenient(
            "kw.txt",
            "DISK_FULL\n---------\n\nData:\n\n- \"default\": default disk (json-bool)\n"
                + "- \"1st\": first (json-int)\n");
    assertSucceededWithWarningOnTheAnnotation(
        compilation,
        "kw.txt",
        "kw.txt:9:1: field \"default\" of DiskFull is not a legal Java name; its accessor is default_()");
    assertThat(compilation)
        .hadWarningContaining(
            "field \"1st\" of DiskFull is not a legal Java name; its accessor is _1st()");
    assertGeneratedSourceContains(
        compilation, "com.example.vm.DiskFull", "@JsonProperty(\"default\") boolean default_");
  }

  @Test
  void clashingNamesGetDistinctAccessorsAndAWarning() {
    Compilation compilation =
        compileLenient(
            "clash.txt",
            "DISK_FULL\n---------\n\nData:\n\n- \"node-name\": node (json-string)\n"
                + "- \"node_name\": node again (json-string)\n- \"timestamp\": when (json-int)\n\nEVENTS\n------\n\nData: None.\n");
    assertSucceededWithWarningOnTheAnnotation(
        compilation,
        "clash.txt",
        "the Java name Events of event EVENTS is taken; the event type is named EventsEvent");
    assertThat(compilation)
        .hadWarningContaining(
            "field \"node_name\" of DiskFull clashes with nodeName(); its accessor is nodeName2()");
    assertThat(compilation)
        .hadWarningContaining(
            "field \"timestamp\" of DiskFull clashes with timestamp(); its accessor is timestamp_()");
    assertThat(compilation).generatedSourceFile("com.example.vm.EventsEvent");
  }

  @Test
  void anOpaqueFieldIsKeptAsRawJsonWithAWarning() {
    Compilation compilation =
        compileLenient(
            "opaque.txt",
            "ACPI_OST\n--------\n\nData:\n\n"
                + "- \"info\": ACPIOSTInfo type as described in qapi-schema.json\n");
    assertSucceededWithWarningOnTheAnnotation(compilation, "opaque.txt", "opaque.txt:9:");
    assertGeneratedSourceContains(
        compilation, "com.example.vm.AcpiOst", "@JsonProperty(\"info\") RawJson info");
  }

  @Test
  void specWarningsCanBeReportedAsNotesForWerrorBuilds() {
    Compilations.write(
        dir,
        "stop.txt",
        HEAD
            + "STOP\n----\n\nData: None.\n\nExample:\n\n"
            + "{ \"event\": \"SHUTDOWN\", \"timestamp\": { \"seconds\": 1, \"microseconds\": 2 } }\n");
    assertThat(Compilations.compile(dir, "stop.txt", false)).failed();
    Compilation notes = Compilations.compile(dir, "stop.txt", false, "-Aqmpgen.specWarnings=note");
    assertThat(notes).succeededWithoutWarnings();
    assertThat(notes)
        .hadNoteContaining(
            "stop.txt:11:12: example names event \"SHUTDOWN\", but the heading is \"STOP\"");
  }

  @Test
  void theProcessorNeverThrowsWhateverTheSpecHolds() {
    Random random = new Random(42);
    String seed =
        HEAD
            + "DISK_FULL\n---------\n\nData:\n\n- \"device\": d (json-string)\n  - \"x\": (json-object)\n"
            + "- 'a': (int, optional)\n\nExample:\n\n{ \"event\": \"DISK_FULL\", \"data\": { \"device\": \"d\" } }\n";
    String alphabet = "\"'{}[]-_ \n\t:,(json-object, optional)\u00e9\u0000";
    for (int i = 0; i < 30; i++) {
      StringBuilder text = new StringBuilder(seed);
      for (int edits = 0; edits < 6; edits++) {
        int at = random.nextInt(text.length());
        text.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
      }
      Compilation compilation =
          Compilations.writeAndCompile(dir, "fuzz" + i + ".txt", text.toString(), true);
      Compilations.assertNoStackTrace(compilation);
      // Either outcome is fine; what matters is that javac ran to the end with diagnostics, no
      // crash.
      if (compilation.status() == Compilation.Status.FAILURE) {
        assertThat(compilation).hadErrorContaining("fuzz" + i + ".txt");
      }
    }
  }
}
