package dev.qmpgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled bindings' Javadoc is what users read in their IDE and in the published javadoc jar:
 * the JDK's javadoc, every doclint check on, finds nothing to warn about in it (a missing
 * {@code @param} or {@code @return}, a constructor without a comment, a broken reference).
 */
class BundledBindingsJavadocTest {

  /**
   * Where javac's processor wrote the bundled bindings ({@code dev.qmpgen.events}, {@code
   * dev.qmpgen.qemu}).
   */
  private static final Path GENERATED = Path.of("target", "generated-sources", "annotations");

  @Test
  void bundledBindingsPassEveryDoclintCheckWithoutAWarning(@TempDir Path out) throws IOException {
    List<String> sources;
    try (Stream<Path> files = Files.walk(GENERATED)) {
      sources = files.map(Path::toString).filter(name -> name.endsWith(".java")).sorted().toList();
    }
    assertFalse(
        sources.stream().noneMatch(name -> name.contains("qemu")),
        "no bundled QEMU bindings in " + GENERATED);
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "-quiet",
                "-Xdoclint:all",
                "-Xmaxwarns",
                "100000",
                "-d",
                out.toString(),
                "-cp",
                System.getProperty("java.class.path")));
    arguments.addAll(sources);
    StringWriter log = new StringWriter();
    PrintWriter writer = new PrintWriter(log);
    int status =
        ToolProvider.findFirst("javadoc")
            .orElseThrow()
            .run(writer, writer, arguments.toArray(String[]::new));
    writer.flush();
    assertEquals(0, status, log.toString());
    assertFalse(log.toString().contains("warning"), log.toString());
  }
}
