package dev.qmpgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small user program as a named module on the module path: it requires {@code
 * dev.qmpgen.runtime}, generates bindings from its own spec text into its own package (which call
 * the runtime's internal helpers), decodes with them and with the bundled bindings, and runs a
 * drift check. The runtime is {@code target/classes}, an exploded module with its {@code
 * module-info.class}.
 */
class ModulePathTest {

  private static final Path RUNTIME = Path.of("target", "classes").toAbsolutePath();

  @TempDir Path dir;

  @Test
  void aUserModuleCompilesItsBindingsAndRunsOnTheModulePath() throws Exception {
    assertTrue(
        Files.isRegularFile(RUNTIME.resolve("module-info.class")),
        "the runtime has no module-info.class");
    Path src = dir.resolve("src");
    write(
        src.resolve("module-info.java"),
        """
        module com.example.vmwatch {
          requires dev.qmpgen.runtime;
        }
        """);
    write(
        src.resolve("com/example/vmwatch/events/package-info.java"),
        """
        @GenerateQmpEvents(spec = "watch-events.txt")
        package com.example.vmwatch.events;

        import dev.qmpgen.runtime.GenerateQmpEvents;
        """);
    write(
        dir.resolve("spec/watch-events.txt"),
        """
        WATCH_TICK
        ----------

        Emitted on every tick of the watch.

        Data:

        - "count": ticks so far (json-int)

        Example:

        { "event": "WATCH_TICK", "data": { "count": 3 },
          "timestamp": { "seconds": 1, "microseconds": 2 } }
        """);
    write(
        src.resolve("com/example/vmwatch/Main.java"),
        """
        package com.example.vmwatch;

        import com.example.vmwatch.events.EventDescriptions;
        import com.example.vmwatch.events.Events;
        import com.example.vmwatch.events.WatchTick;
        import dev.qmpgen.runtime.EventRegistry;
        import dev.qmpgen.runtime.drift.SchemaDrift;

        public class Main {
          public static void main(String[] args) {
            EventRegistry registry = EventRegistry.of(Events.catalog(), dev.qmpgen.events.Events.catalog());
            WatchTick tick = (WatchTick) registry.decode(
                "{\\"event\\": \\"WATCH_TICK\\", \\"data\\": {\\"count\\": 7}, \\"timestamp\\": {\\"seconds\\": 1, \\"microseconds\\": 2}}");
            System.out.println("count " + tick.count());
            System.out.println(registry.decode("{\\"event\\": \\"STOP\\", \\"timestamp\\": {\\"seconds\\": 1, \\"microseconds\\": 2}}").getClass().getName());
            System.out.println(SchemaDrift.compare(EventDescriptions.all(),
                "[{\\"name\\": \\"WATCH_TICK\\", \\"meta-type\\": \\"event\\", \\"arg-type\\": \\"0\\"}]").summary());
            System.out.println(Main.class.getModule().getName() + " reads " + EventRegistry.class.getModule().getName());
          }
        }
        """);

    Path classes = dir.resolve("classes");
    String modulePath =
        String.join(
            File.pathSeparator,
            RUNTIME.toString(),
            jar("jackson-core"),
            jar("jackson-annotations"));
    List<String> javac =
        new ArrayList<>(
            List.of(
                "-d",
                classes.toString(),
                "--module-path",
                modulePath,
                "--processor-path",
                System.getProperty("java.class.path"),
                "-Aqmpgen.specDir=" + dir.resolve("spec"),
                "-Xlint:all",
                "-Werror"));
    try (Stream<Path> files = Files.walk(src)) {
      files.filter(f -> f.toString().endsWith(".java")).forEach(f -> javac.add(f.toString()));
    }
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int status = compiler.run(null, diagnostics, diagnostics, javac.toArray(String[]::new));
    assertEquals(0, status, () -> diagnostics.toString(StandardCharsets.UTF_8));

    Process run =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path",
                classes + File.pathSeparator + modulePath,
                "--module",
                "com.example.vmwatch/com.example.vmwatch.Main")
            .redirectErrorStream(true)
            .start();
    assertTrue(run.waitFor(60, TimeUnit.SECONDS), "the program did not end within 60 s");
    String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, run.exitValue(), out);
    assertEquals(
        List.of(
            "count 7",
            "dev.qmpgen.events.Stop",
            "1 events: 0 match, 1 differ, 0 unknown to the bindings, 0 not sent by this QEMU",
            "com.example.vmwatch reads dev.qmpgen.runtime"),
        out.lines().toList());
  }

  /** A jar of the test class path, by its artifact id. */
  private static String jar(String artifactId) {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(
            entry -> Path.of(entry).getFileName().toString().matches(artifactId + "-\\d.*\\.jar"))
        .findFirst()
        .orElseThrow(() -> new AssertionError(artifactId + " is not on the test class path"));
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
