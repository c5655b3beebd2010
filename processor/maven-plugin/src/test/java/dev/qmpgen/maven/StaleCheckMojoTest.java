package dev.qmpgen.maven;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mojo on a module's target folder as the processor left it; Maven would inject the fields. */
class StaleCheckMojoTest {

  @TempDir Path dir;

  private StaleCheckMojo mojo() throws Exception {
    StaleCheckMojo mojo = new StaleCheckMojo();
    set(mojo, "generatedSourcesDirectory", dir.resolve("generated-sources/annotations").toFile());
    set(mojo, "outputDirectory", dir.resolve("classes").toFile());
    return mojo;
  }

  private static void set(Object target, String name, Object value) throws Exception {
    Field field = target.getClass().getDeclaredField(name);
    field.setAccessible(true);
    field.set(target, value);
  }

  private Path generated(String specText) throws Exception {
    Path spec = Files.writeString(dir.resolve("qmp-events.txt"), specText, StandardCharsets.UTF_8);
    String sha =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(specText.getBytes(StandardCharsets.UTF_8)));
    Path record =
        dir.resolve("generated-sources/annotations/com/example/events/qmpgen-inputs.properties");
    Files.createDirectories(record.getParent());
    Files.writeString(
        record,
        "origin=com/example/events/package-info\ninput=" + spec.toUri() + "\nsha256=" + sha + "\n");
    Path compiled = dir.resolve("classes/com/example/events/package-info.class");
    Files.createDirectories(compiled.getParent());
    Files.write(compiled, new byte[] {(byte) 0xCA, (byte) 0xFE});
    return compiled;
  }

  @Test
  void anEditedSpecDeletesTheAnnotatedPackagesClassSoThatMavenRecompiles() throws Exception {
    Path compiled = generated("STOP\n----\n");
    Files.writeString(
        dir.resolve("qmp-events.txt"), "STOP\n----\n\nRESUME\n------\n", StandardCharsets.UTF_8);

    mojo().execute();

    assertFalse(Files.exists(compiled));
  }

  @Test
  void anUnchangedSpecLeavesTheBuildIncremental() throws Exception {
    Path compiled = generated("STOP\n----\n");

    mojo().execute();

    assertTrue(Files.exists(compiled));
  }

  @Test
  void aModuleNeverGeneratedNeedsNothing() throws Exception {
    StaleCheckMojo mojo = mojo(); // no generated-sources folder at all

    assertDoesNotThrow(mojo::execute);
    assertFalse(Files.exists(dir.resolve("classes")));
  }
}
