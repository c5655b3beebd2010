package dev.qmpgen.processor;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.annotation.processing.Filer;
import javax.lang.model.element.PackageElement;
import javax.tools.StandardLocation;

/**
 * Writes down, beside the generated sources, which file each package's bindings were generated from
 * and a digest of its text, so that a build tool can tell that the file changed since. Maven's
 * compiler plugin looks only at {@code .java} files to decide whether to recompile; the {@code
 * qmpgen-maven-plugin} reads this record before compiling and, when an input changed, deletes the
 * annotated {@code package-info.class}, which makes the compiler plugin recompile and so run this
 * processor again.
 *
 * <p>Example, {@code
 * target/generated-sources/annotations/com/example/vm/events/qmpgen-inputs.properties}:
 *
 * <pre>
 * origin=com/example/vm/events/package-info
 * input=file:/home/me/vm/target/classes/qmp-events.txt
 * sha256=3f1c...
 * </pre>
 *
 * The record goes to the source output, not the class output, so that it never reaches users' jars.
 */
final class InputsRecordWriter {

  /**
   * The record's file name in the package's folder; {@code qmpgen-maven-plugin} reads it by this
   * name.
   */
  static final String FILE_NAME = "qmpgen-inputs.properties";

  private InputsRecordWriter() {}

  /**
   * Records that {@code pkg}'s bindings were generated from {@code text}, read at {@code location}
   * (a file path or a URI, as the locator found it).
   */
  static void write(Filer filer, PackageElement pkg, String location, String text)
      throws IOException {
    String packageName = pkg.getQualifiedName().toString();
    String origin =
        (packageName.isEmpty() ? "" : packageName.replace('.', '/') + "/") + "package-info";
    try (Writer out =
        filer
            .createResource(StandardLocation.SOURCE_OUTPUT, packageName, FILE_NAME, pkg)
            .openWriter()) {
      out.write(
          "# What qmpgen generated this package from; read by qmpgen-maven-plugin's stale check.\n");
      out.write("origin=" + escape(origin) + "\n");
      out.write("input=" + escape(location) + "\n");
      out.write("sha256=" + sha256(text) + "\n");
    }
  }

  /** The digest of the text as UTF-8, which is how the plugin reads the file back. */
  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  // Properties syntax: a backslash escapes, and ':' '=' '#' '!' are safe after the key's '='.
  private static String escape(String value) {
    return value.replace("\\", "\\\\").replace("\n", "\\n");
  }
}
