package dev.qmpgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README's visitor snippet, taken from the README text itself, compiled against the bindings and
 * run: the README cannot drift from the API.
 */
class ReadmeSnippetTest {

  private static final String MARKER = "<!-- compiled by ReadmeSnippetTest";

  @TempDir Path dir;

  /** The top-level README; tests run with samples/cli as working directory. */
  private static final Path README = Path.of("..", "..", "README.md");

  private static String snippet(String readme) {
    String afterMarker = readme.substring(readme.indexOf(MARKER));
    int start = afterMarker.indexOf("```java\n") + "```java\n".length();
    return afterMarker.substring(start, afterMarker.indexOf("\n```", start) + 1);
  }

  @Test
  void readmeCarriesTheSnippet() throws IOException {
    assertTrue(
        Files.readString(README).contains(MARKER), README.toAbsolutePath() + " lacks " + MARKER);
  }

  @Test
  void visitorSnippetCompilesWithoutWarningsAndAlertsAsItSays() throws Exception {
    String source = snippet(Files.readString(README));
    Matcher name = Pattern.compile("public class (\\w+)").matcher(source);
    assertTrue(name.find(), "no public class in the snippet of " + README);
    Class<?> type = compile(name.group(1), source);

    Method alertFor = type.getMethod("alertFor", String.class);
    assertEquals(
        Optional.of("VM paused by a write error on virtio0 (No space left on device)"),
        alertFor.invoke(
            null,
            "{\"timestamp\": {\"seconds\": 1700000095, \"microseconds\": 718004}, \"event\": \"BLOCK_IO_ERROR\", \"data\": "
                + "{\"device\": \"virtio0\", \"node-name\": \"#block152\", \"operation\": \"write\", \"action\": \"stop\","
                + " \"nospace\": true, \"reason\": \"No space left on device\"}}"));
    assertEquals(
        Optional.empty(),
        alertFor.invoke(
            null,
            "{\"timestamp\": {\"seconds\": 1700000095, \"microseconds\": 718004}, \"event\": \"BLOCK_IO_ERROR\", \"data\": "
                + "{\"device\": \"virtio0\", \"operation\": \"read\", \"action\": \"report\", \"reason\": \"EIO\"}}"));
    assertEquals(
        Optional.of("watchdog fired: inject-nmi"),
        alertFor.invoke(
            null,
            "{\"timestamp\": {\"seconds\": 1700000301, \"microseconds\": 466121}, \"event\": \"WATCHDOG\", \"data\": {\"action\": \"inject-nmi\"}}"));
    assertEquals(
        Optional.of("watchdog fired: nmi-storm (a value QEMU 7.2 did not have)"),
        alertFor.invoke(
            null,
            "{\"timestamp\": {\"seconds\": 1700000302, \"microseconds\": 1}, \"event\": \"WATCHDOG\", \"data\": {\"action\": \"nmi-storm\"}}"));
    assertEquals(
        Optional.empty(),
        alertFor.invoke(
            null,
            "{\"timestamp\": {\"seconds\": 1700000500, \"microseconds\": 1}, \"event\": \"POWERDOWN\"}"));
  }

  private Class<?> compile(String className, String source)
      throws IOException, ClassNotFoundException {
    Path sources = Files.createDirectories(dir.resolve("src"));
    Path classes = Files.createDirectories(dir.resolve("classes"));
    Path file = Files.writeString(sources.resolve(className + ".java"), source);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    boolean compiled =
        javac
            .getTask(
                diagnostics,
                null,
                null,
                List.of(
                    "--release",
                    "17",
                    "-Xlint:all",
                    "-Werror",
                    "-proc:none",
                    "-classpath",
                    System.getProperty("java.class.path"),
                    "-d",
                    classes.toString()),
                null,
                javac.getStandardFileManager(null, null, null).getJavaFileObjects(file))
            .call();
    assertTrue(compiled, "the snippet in " + README + " does not compile:\n" + diagnostics);
    // Left open: the loaded class is used after this returns, and the temp dir goes with the test.
    URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
    return loader.loadClass(className);
  }
}
