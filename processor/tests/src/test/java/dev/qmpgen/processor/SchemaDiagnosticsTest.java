package dev.qmpgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Malformed captures and misused attributes: a javac error on the annotation naming file, line and
 * column, never a crash.
 */
class SchemaDiagnosticsTest {

  private static final String HEAD =
      "{\n  \"qemu\": {\"version\": \"7.2.22\", \"package\": \"\"},\n  \"schema\": [\n";

  @TempDir Path dir;

  private Compilation compile(String name, String capture) {
    Compilations.write(dir, name, capture);
    Compilation compilation = Compilations.compileSchema(dir, name);
    Compilations.assertNoStackTrace(compilation);
    return compilation;
  }

  /** The compilation failed with {@code message} on the annotation naming {@code capture}. */
  private static void assertErrorOnTheAnnotation(
      Compilation compilation, String capture, String message) {
    assertThat(compilation).failed();
    Compilations.onTheAnnotation(
        assertThat(compilation).hadErrorContaining(message),
        Compilations.schemaPackageInfo(capture));
  }

  @Test
  void aCapturesMemberNamedLikeAJavaKeywordIsANoteNotAWarning() {
    Compilation compilation =
        compile(
            "keyword.json",
            HEAD
                + "    {\"name\": \"RESET\", \"meta-type\": \"event\", \"arg-type\": \"1\"},\n"
                + "    {\"name\": \"1\", \"meta-type\": \"object\", \"members\": [{\"name\": \"default\", \"type\": \"int\"}]},\n"
                + "    {\"name\": \"int\", \"meta-type\": \"builtin\", \"json-type\": \"int\"}\n  ]\n}\n");
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .hadNoteContaining("keyword.json:5:")
        .inFile(Compilations.schemaPackageInfo("keyword.json"))
        .onLineContaining("@GenerateQmpEvents");
  }

  @Test
  void notJsonIsAnErrorAtTheBrokenToken() {
    Compilation compilation =
        compile("broken.json", HEAD + "    {\"name\": \"STOP\",, }\n  ]\n}\n");
    assertErrorOnTheAnnotation(compilation, "broken.json", "broken.json:4:21: not valid JSON");
  }

  @Test
  void aTypeIdReferencedButNotDefinedIsAnErrorWhereItIsReferenced() {
    Compilation compilation =
        compile(
            "undefined.json",
            HEAD
                + "    {\"name\": \"RTC_CHANGE\", \"meta-type\": \"event\", \"arg-type\": \"5\"},\n"
                + "    {\"name\": \"5\", \"meta-type\": \"object\", \"members\": [{\"name\": \"offset\", \"type\": \"67\"}]}\n  ]\n}\n");
    assertErrorOnTheAnnotation(
        compilation,
        "undefined.json",
        "undefined.json:5:81: type \"67\" of member \"offset\" of object \"5\" of event RTC_CHANGE"
            + " is not defined in the capture");
  }

  @Test
  void anEventWithoutArgTypeIsAnErrorAtTheEvent() {
    Compilation compilation =
        compile(
            "noargs.json", HEAD + "    {\"name\": \"STOP\", \"meta-type\": \"event\"}\n  ]\n}\n");
    assertErrorOnTheAnnotation(
        compilation, "noargs.json", "noargs.json:4:5: event STOP has no \"arg-type\"");
  }

  @Test
  void somethingThatIsNoCaptureSaysWhatWasExpected() {
    Compilation compilation = compile("greeting.json", "{\"QMP\": {\"version\": {}}}\n");
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "greeting.json:1:1: not a schema capture: expected a \"schema\" or \"return\" member");
  }

  @Test
  void aMissingCaptureIsAnErrorNamingItAsASchema() {
    Compilation compilation = Compilations.compileSchema(dir, "missing.json");
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "schema missing.json not found; searched: "
                + dir.toAbsolutePath().resolve("missing.json"));
  }

  @Test
  void bothSpecAndSchemaOrNeitherIsAnError() {
    for (String attributes : new String[] {"spec = \"a.txt\", schema = \"a.json\"", ""}) {
      JavaFileObject packageInfo =
          Compilations.annotatedPackage(Compilations.SCHEMA_PACKAGE, attributes);
      Compilation compilation =
          Compiler.javac().withProcessors(new QmpEventsProcessor()).compile(packageInfo);
      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("@GenerateQmpEvents needs exactly one of spec = \"...\"")
          .inFile(packageInfo)
          .onLineContaining("@GenerateQmpEvents");
    }
  }

  @Test
  void theProcessorNeverThrowsWhateverTheCaptureHolds() throws IOException {
    String seed = Files.readString(SchemaGoldenSourcesTest.SCHEMA_DIR.resolve("qemu-small.json"));
    Random random = new Random(10);
    String alphabet = "\"{}[],: 0123abc-\n";
    for (int i = 0; i < 25; i++) {
      StringBuilder text = new StringBuilder(seed);
      for (int edits = 0; edits < 4; edits++) {
        int at = random.nextInt(text.length());
        if (random.nextBoolean()) {
          text.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
        } else {
          text.deleteCharAt(at);
        }
      }
      Compilation compilation = compile("fuzz" + i + ".json", text.toString());
      // Either outcome is fine; what matters is that javac ran to the end with diagnostics, no
      // crash.
      if (compilation.status() == Compilation.Status.FAILURE) {
        assertThat(compilation).hadErrorContaining("fuzz" + i + ".json:");
      }
    }
  }
}
