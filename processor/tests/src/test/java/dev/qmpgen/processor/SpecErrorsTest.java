package dev.qmpgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every error the spec parser reports, as javac reports it: an error on the annotation whose
 * message names the spec by the path it was read from, with line and column. And what an error
 * costs: only the event it makes wrong.
 */
class SpecErrorsTest {

  private static final String HEAD = "  Test Events\n  ===========\n\n";

  @TempDir Path dir;

  private Compilation compileSpec(String name, String text) {
    Compilations.write(dir, name, HEAD + text);
    return Compilations.compile(dir, name, false, "-Aqmpgen.specWarnings=note");
  }

  /** The error's message starts with the spec's path as read, line and column. */
  private void assertError(Compilation compilation, String spec, String lineColumnAndMessage) {
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(dir.toAbsolutePath().resolve(spec) + ":" + lineColumnAndMessage)
        .inFile(Compilations.packageInfo(spec))
        .onLineContaining("@GenerateQmpEvents");
  }

  /**
   * The package-info and a class of the user's inside the generated package, with these members.
   */
  private Compilation compileWithUserCode(String spec, String... members) {
    List<String> lines =
        new ArrayList<>(
            List.of(
                "package " + Compilations.PACKAGE + ";",
                "",
                "class Uses implements EventVisitorAdapter<String> {",
                "  @Override public String fallback(dev.qmpgen.runtime.QmpEvent event) { return \"\"; }"));
    lines.addAll(List.of(members));
    lines.add("}");
    JavaFileObject user = JavaFileObjects.forSourceLines(Compilations.PACKAGE + ".Uses", lines);
    return Compiler.javac()
        .withProcessors(Compilations.processors())
        .withOptions(
            List.of("-Aqmpgen.specDir=" + dir.toAbsolutePath(), "-Aqmpgen.specWarnings=note"))
        .compile(Compilations.packageInfo(spec), user);
  }

  @Test
  void anUnrecognisedTypeIsAnErrorAtTheTypeWord() {
    Compilation compilation =
        compileSpec(
            "type.txt",
            "DISK_FULL\n---------\n\nData:\n\n- \"device\": device name (json-strnig)\n");
    assertError(
        compilation, "type.txt", "9:26: unrecognised type \"json-strnig\" for field \"device\"");
  }

  @Test
  void aDuplicateEventIsAnErrorAtItsSecondHeading() {
    Compilations.write(
        dir, "dup.txt", HEAD + "RESET\n-----\n\nFirst.\n\nRESET\n-----\n\nSecond.\n");
    // The first definition is still generated: user code naming it compiles, the one error stays
    // alone.
    Compilation compilation =
        compileWithUserCode(
            "dup.txt",
            "  static Reset first() { return new Reset(dev.qmpgen.runtime.Timestamp.ABSENT); }");
    assertError(compilation, "dup.txt", "9:1: duplicate event \"RESET\", first defined at line 4");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aDuplicateFieldIsAnErrorAtTheSecondOne() {
    Compilation compilation =
        compileSpec(
            "field.txt",
            "DISK_FULL\n---------\n\nData:\n\n- \"device\": name (json-string)\n- \"device\": again (json-string)\n");
    assertError(compilation, "field.txt", "10:1: duplicate field \"device\"");
  }

  @Test
  void aFieldLineMatchingNoFormIsAnErrorAtItsStart() {
    Compilation compilation =
        compileSpec(
            "form.txt",
            "DISK_FULL\n---------\n\nData:\n\n- \"device\" name without a colon (json-string)\n");
    assertError(
        compilation,
        "form.txt",
        "9:1: field line matches no form; expected - \"name\": description (json-type)");
  }

  @Test
  void oneErrorLeavesOutItsEventAndGeneratesEverythingElse() {
    Compilations.write(
        dir,
        "one.txt",
        HEAD
            + "DISK_FULL\n---------\n\nData:\n\n- \"device\": device name (json-strnig)\n\n"
            + "RESET\n-----\n\nData: None.\n\n"
            + "WATCHDOG\n--------\n\nData:\n\n- \"action\": what happened (json-string, \"reset\" or \"pause\")\n");
    // Code using every other event, the visitor and the registry compiles: the one error is alone.
    Compilation compilation =
        compileWithUserCode(
            "one.txt",
            "  @Override public String visitWatchdog(Watchdog event) { return event.action().wireName(); }",
            "  @Override public String visitReset(Reset event) { return \"reset\"; }",
            "  static Object registry() { return Events.registry(); }");
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("one.txt:9:26: unrecognised type \"json-strnig\"");
  }

  @Test
  void theEventWithTheErrorIsLeftOut() {
    Compilations.write(
        dir,
        "out.txt",
        HEAD
            + "DISK_FULL\n---------\n\nData:\n\n- \"device\": device name (json-strnig)\n\nRESET\n-----\n\nData: None.\n");
    Compilation compilation =
        compileWithUserCode(
            "out.txt", "  @Override public String visitDiskFull(DiskFull event) { return \"\"; }");
    assertThat(compilation).hadErrorContaining("cannot find symbol");
    assertThat(compilation).hadErrorContaining("out.txt:9:26: unrecognised type");
  }
}
