package dev.qmpgen.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/**
 * Generated sources compared whole with golden files; {@code -Dgolden.update=true} rewrites the
 * golden files first, to be reviewed as a diff after an intended change.
 */
final class GoldenFiles {

  private GoldenFiles() {}

  /**
   * Every source {@code compilation} generated equals its file in {@code expected}, and no more.
   */
  static void assertMatch(Compilation compilation, Path expected) throws IOException {
    TreeMap<String, String> generated = sources(compilation);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(expected);
      generated.forEach((name, text) -> write(expected.resolve(name), text));
    }
    TreeMap<String, String> golden = new TreeMap<>();
    try (Stream<Path> files = Files.list(expected)) {
      for (Path file : files.toList()) {
        golden.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    assertEquals(List.copyOf(golden.keySet()), List.copyOf(generated.keySet()));
    golden.forEach((name, text) -> assertEquals(text, generated.get(name), name));
  }

  /** Each generated source by file name. */
  static TreeMap<String, String> sources(Compilation compilation) throws IOException {
    TreeMap<String, String> generated = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      String path = file.toUri().getPath();
      generated.put(
          path.substring(path.lastIndexOf('/') + 1), file.getCharContent(true).toString());
    }
    return generated;
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
