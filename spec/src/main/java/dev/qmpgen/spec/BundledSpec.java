package dev.qmpgen.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The canonical {@code qmp-events.txt} that ships inside the spec jar. */
public final class BundledSpec {

  /** The classpath resource holding the spec. */
  public static final String RESOURCE = "dev/qmpgen/spec/qmp-events.txt";

  /** The file name diagnostics about the bundled spec carry. */
  public static final String FILE_NAME = "qmp-events.txt";

  private BundledSpec() {}

  /**
   * The spec text.
   *
   * @throws IllegalStateException when the resource is missing, which only a broken build causes
   */
  public static String text() {
    try (InputStream in = BundledSpec.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
    }
  }

  /** The bundled spec, parsed; its diagnostics name {@value #FILE_NAME}. */
  public static ParseResult parse() {
    return SpecParser.parse(FILE_NAME, text());
  }
}
