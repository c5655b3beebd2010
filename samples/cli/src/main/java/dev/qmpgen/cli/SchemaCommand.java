package dev.qmpgen.cli;

import dev.qmpgen.cli.json.JsonTree;
import dev.qmpgen.cli.schema.SchemaCapture;
import dev.qmpgen.runtime.EventRegistry;
import dev.qmpgen.runtime.client.QmpClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * {@code schema SOCKET|HOST:PORT}: captures a running QEMU's {@code query-qmp-schema} with its
 * {@code query-version}, in the file format the processor's {@code schema = "..."} reads.
 */
final class SchemaCommand implements Command {

  private static final String OUTPUT_OPTION = "output";

  @Override
  public String name() {
    return "schema";
  }

  @Override
  public String synopsis() {
    return "schema [-o|--output FILE] SOCKET|HOST:PORT";
  }

  @Override
  public String summary() {
    return "Capture a running QEMU's schema for generating bindings from it";
  }

  @Override
  public String details() {
    return """
        Connects to QEMU's monitor (see watch --help for SOCKET|HOST:PORT), runs
        query-version and query-qmp-schema, and writes the capture as JSON:
        {"qemu":{"version","package"},"schema":[every SchemaInfo QEMU returned]}.
        The entities are sorted by meta-type, then name, and printed with two-space
        indentation, so two captures of the same QEMU are byte-identical and captures of
        two QEMUs diff cleanly. Point @GenerateQmpEvents(schema = "...") at the file to
        generate bindings for exactly that QEMU.

        Options:
          --output FILE      (or -o FILE) write the capture to FILE (replaced only once the
                             capture is complete) instead of stdout
          --timeout SECONDS  for connecting and for each command: more than 0 and at most
                             86400, fractions allowed, to the millisecond (default 10)
          --help             this text

        Exit status: 0 captured, 2 QEMU could not be reached or refused a command, its
        reply is not a schema, or FILE cannot be written.
        """;
  }

  @Override
  public ArgumentParser parser() {
    return new ArgumentParser(
        Set.of(),
        Set.of(OUTPUT_OPTION, QemuConnection.TIMEOUT_OPTION),
        Map.of("-o", OUTPUT_OPTION));
  }

  @Override
  public int run(Arguments arguments, CommandIo io) throws UsageException, IOException {
    String where = QemuConnection.endpoint(arguments);
    Duration timeout = QemuConnection.timeout(arguments);
    SchemaCapture capture = capture(where, timeout);
    if (arguments.option(OUTPUT_OPTION).isPresent()) {
      write(arguments.option(OUTPUT_OPTION).get(), capture.text());
    } else {
      io.out().print(capture.text());
    }
    return ExitCode.OK;
  }

  /** Asks the QEMU at {@code where} for its version and schema. */
  static SchemaCapture capture(String where, Duration timeout) throws UsageException, IOException {
    Object version;
    Object schema;
    try (QmpClient client = QemuConnection.open(where, EventRegistry.of(), timeout)) {
      version = JsonTree.parse(QemuConnection.query(client, "query-version", timeout).json());
      schema = JsonTree.parse(QemuConnection.query(client, "query-qmp-schema", timeout).json());
    }
    try {
      return SchemaCapture.of(version, schema);
    } catch (IllegalArgumentException e) {
      throw new IOException("QEMU at " + where + " sent no usable schema: " + e.getMessage(), e);
    }
  }

  /** Writes beside the target and renames, so a failed write never leaves half a capture. */
  private static void write(String file, String text) throws IOException {
    Path target;
    try {
      target = Path.of(file).toAbsolutePath();
    } catch (InvalidPathException e) {
      throw new IOException(file + ": not a file name: " + e.getMessage(), e);
    }
    Path partial = null;
    try {
      partial = Files.createTempFile(target.getParent(), target.getFileName() + ".", ".partial");
      Files.writeString(partial, text, StandardCharsets.UTF_8);
      try {
        Files.move(
            partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new IOException(file + ": cannot write: " + e.getMessage(), e);
    } finally {
      if (partial != null) {
        Files.deleteIfExists(partial);
      }
    }
  }
}
