package dev.qmpgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Properties;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor writes down what it generated a package from, for qmpgen-maven-plugin's stale
 * check.
 */
class InputsRecordWriterTest {

  @TempDir Path dir;

  @Test
  void theRecordNamesTheAnnotatedPackageTheSpecFileAndTheDigestOfItsText() throws Exception {
    String text =
        Files.readString(
            Path.of("src/test/resources/golden/disk-events.txt"), StandardCharsets.UTF_8);
    Path spec = Compilations.write(dir, "disk-events.txt", text);

    Compilation compilation = Compilations.compile(dir, "disk-events.txt", true);

    assertThat(compilation).succeeded();
    JavaFileObject file =
        compilation
            .generatedFile(
                StandardLocation.SOURCE_OUTPUT, Compilations.PACKAGE, InputsRecordWriter.FILE_NAME)
            .orElseThrow(() -> new AssertionError("no inputs record"));
    Properties record = new Properties();
    try (var in = file.openReader(true)) {
      record.load(in);
    }
    assertEquals("com/example/vm/package-info", record.getProperty("origin"));
    assertEquals(spec.toAbsolutePath().toString(), record.getProperty("input"));
    assertEquals(
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8))),
        record.getProperty("sha256"));
  }

  @Test
  void noRecordGoesToTheClassOutputWhereItWouldReachUsersJars() throws IOException {
    Compilations.write(
        dir,
        "disk-events.txt",
        Files.readString(
            Path.of("src/test/resources/golden/disk-events.txt"), StandardCharsets.UTF_8));

    Compilation compilation = Compilations.compile(dir, "disk-events.txt", true);

    assertEquals(
        false,
        compilation
            .generatedFile(
                StandardLocation.CLASS_OUTPUT, Compilations.PACKAGE, InputsRecordWriter.FILE_NAME)
            .isPresent());
  }
}
