package dev.qmpgen.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Opens the files commands are given, and words every failure the same way in every command: {@code
 * PATH: reason}, which {@link Cli} prints as {@code qmpgen-cli COMMAND: PATH: reason}.
 */
final class FileInput {

  private FileInput() {}

  /**
   * @throws IOException {@code PATH: reason}
   */
  static InputStream open(String file) throws IOException {
    try {
      Path path = Path.of(file);
      if (Files.isDirectory(path)) {
        throw new IOException(file + ": is a directory");
      }
      return Files.newInputStream(path);
    } catch (InvalidPathException e) {
      throw new IOException(file + ": not a valid path", e);
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  /** The whole file as UTF-8 text (bytes that are not UTF-8 become U+FFFD). */
  static String read(String file) throws IOException {
    try (InputStream in = open(file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  /** {@code e} as {@code PATH: reason}, unless it is worded so already. */
  static IOException unreadable(String file, IOException e) {
    if (e.getMessage() != null && e.getMessage().startsWith(file + ": ")) {
      return e;
    }
    String reason =
        e instanceof NoSuchFileException
            ? "no such file"
            : e instanceof AccessDeniedException
                ? "permission denied"
                : "cannot read: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    return new IOException(file + ": " + reason, e);
  }
}
