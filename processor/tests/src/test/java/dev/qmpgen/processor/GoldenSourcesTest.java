package dev.qmpgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The whole generated sources for {@code golden/disk-events.txt}, compared with {@code
 * golden/com/example/vm/*.java}. Run with {@code -Dgolden.update=true} to rewrite them after an
 * intended change, then review the diff.
 */
class GoldenSourcesTest {

  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  private static final Path EXPECTED = GOLDEN.resolve(Compilations.PACKAGE.replace('.', '/'));

  @Test
  void generatedSourcesMatchTheGoldenFilesWholeAndCompileWithoutWarnings() throws IOException {
    Compilation compilation =
        Compilations.compile(GOLDEN, "disk-events.txt", false, "-Aqmpgen.specWarnings=note");
    assertThat(compilation).succeededWithoutWarnings();
    GoldenFiles.assertMatch(compilation, EXPECTED);
  }
}
