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

  @Test
  void aSpecErrorIsAJavacErrorOnTheAnnotationNamingFileLineAndColumn() {
    Compilation compilation =
        Compilations.writeAndCompile(
            dir,
            "bad.txt",
            HEAD + "DISK_FULL\n---------\n\nData:\n\n- \"device\": device name (json-strnig)\n",
            true);
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
        Compilations.writeAndCompile(
            dir,
            "kw.txt",
            HEAD
                + "DISK_FULL\n---------\n\nData:\n\n- \"default\": default disk (json-bool)\n"
                + "- \"1st\": first (json-int)\n",
            true);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "kw.txt:9:1: field \"default\" of DiskFull is not a legal Java name; its accessor is default_()")
        .inFile(Compilations.packageInfo("kw.txt"))
        .onLineContaining("@GenerateQmpEvents");
    assertThat(compilation)
        .hadWarningContaining(
            "field \"1st\" of DiskFull is not a legal Java name; its accessor is _1st()");
    assertThat(compilation)
        .generatedSourceFile("com.example.vm.DiskFull")
        .contentsAsUtf8String()
        .contains("@JsonProperty(\"default\") boolean default_");
  }

  @Test
  void clashingNamesGetDistinctAccessorsAndAWarning() {
    Compilation compilation =
        Compilations.writeAndCompile(
            dir,
            "clash.txt",
            HEAD
                + "DISK_FULL\n---------\n\nData:\n\n- \"node-name\": node (json-string)\n"
                + "- \"node_name\": node again (json-string)\n- \"timestamp\": when (json-int)\n\nEVENTS\n------\n\nData: None.\n",
            true);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "field \"node_name\" of DiskFull clashes with nodeName(); its accessor is nodeName2()");
    assertThat(compilation)
        .hadWarningContaining(
            "field \"timestamp\" of DiskFull clashes with timestamp(); its accessor is timestamp_()");
    assertThat(compilation)
        .hadWarningContaining(
            "the Java name Events of event EVENTS is taken; the event type is named EventsEvent")
        .inFile(Compilations.packageInfo("clash.txt"))
        .onLineContaining("@GenerateQmpEvents");
    assertThat(compilation).generatedSourceFile("com.example.vm.EventsEvent");
  }

  @Test
  void anOpaqueFieldIsKeptAsRawJsonWithAWarning() {
    Compilation compilation =
        Compilations.writeAndCompile(
            dir,
            "opaque.txt",
            HEAD
                + "ACPI_OST\n--------\n\nData:\n\n"
                + "- \"info\": ACPIOSTInfo type as described in qapi-schema.json\n",
            true);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining("opaque.txt:9:")
        .inFile(Compilations.packageInfo("opaque.txt"))
        .onLineContaining("@GenerateQmpEvents");
    assertThat(compilation)
        .generatedSourceFile("com.example.vm.AcpiOst")
        .contentsAsUtf8String()
        .contains("@JsonProperty(\"info\") RawJson info");
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
      // Either outcome is fine; what matters is that javac ran to the end with diagnostics, no
      // crash.
      if (compilation.status() == Compilation.Status.FAILURE) {
        assertThat(compilation).hadErrorContaining("fuzz" + i + ".txt");
      }
    }
  }
}
