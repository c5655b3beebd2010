package dev.qmpgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The whole generated sources for {@code golden/schema/qemu-small.json} (a union, alternates,
 * nested arrays, {@code uint64}, {@code any}, features, a type two events share), compared with
 * {@code golden/com/example/qemu/*.java}. Run with {@code -Dgolden.update=true} to rewrite them
 * after an intended change, then review the diff.
 */
class SchemaGoldenSourcesTest {

  static final Path SCHEMA_DIR = Path.of("src", "test", "resources", "golden", "schema");
  private static final Path EXPECTED =
      Path.of("src", "test", "resources", "golden")
          .resolve(Compilations.SCHEMA_PACKAGE.replace('.', '/'));

  @Test
  void generatedSourcesMatchTheGoldenFilesWholeAndCompileWithoutWarnings() throws IOException {
    Compilation compilation = Compilations.compileSchema(SCHEMA_DIR, "qemu-small.json");
    assertThat(compilation).succeededWithoutWarnings();
    GoldenFiles.assertMatch(compilation, EXPECTED);
  }
}
