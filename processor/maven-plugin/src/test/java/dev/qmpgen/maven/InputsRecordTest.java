package dev.qmpgen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsRecordTest {

  @TempDir Path dir;

  private Path record(String input, String sha256) throws IOException {
    Path file = dir.resolve("qmpgen-inputs.properties");
    Files.writeString(
        file,
        "# comment\norigin=com/example/vm/events/package-info\ninput="
            + input.replace("\\", "\\\\")
            + "\nsha256="
            + sha256
            + "\n",
        StandardCharsets.UTF_8);
    return file;
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void anUnchangedInputIsNotStaleWhetherRecordedAsAPathOrAUri() throws Exception {
    Path spec =
        Files.writeString(dir.resolve("qmp-events.txt"), "STOP\n----\n", StandardCharsets.UTF_8);

    assertFalse(InputsRecord.read(record(spec.toString(), sha256("STOP\n----\n"))).isStale());
    assertFalse(
        InputsRecord.read(record(spec.toUri().toString(), sha256("STOP\n----\n"))).isStale());
  }

  @Test
  void anEditedOrRemovedInputIsStale() throws Exception {
    Path spec =
        Files.writeString(
            dir.resolve("qmp-events.txt"), "STOP\n----\nedited\n", StandardCharsets.UTF_8);
    InputsRecord record =
        InputsRecord.read(record(spec.toUri().toString(), sha256("STOP\n----\n")));

    assertTrue(record.isStale());
    Files.delete(spec);
    assertTrue(record.isStale());
  }

  @Test
  void anInputInsideAJarIsLeftToMavensDependencyCheck() throws Exception {
    InputsRecord record =
        InputsRecord.read(record("jar:file:/repo/specs.jar!/qmp-events.txt", "00"));

    assertFalse(record.isStale());
    assertEquals("com.example.vm.events", record.packageName());
    assertEquals("com/example/vm/events/package-info", record.origin());
  }
}
