package dev.qmpgen.maven;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;

/**
 * What the processor generated one package from, as its {@code InputsRecordWriter} wrote it: {@code
 * origin} (the annotated {@code package-info}, as a class file path without extension), {@code
 * input} (a file path or URI) and {@code sha256} of the text read.
 */
record InputsRecord(String origin, String input, String sha256) {

  /** The record's file name; the processor's {@code InputsRecordWriter.FILE_NAME}. */
  static final String FILE_NAME = "qmpgen-inputs.properties";

  static InputsRecord read(Path file) throws IOException {
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(in);
    }
    return new InputsRecord(
        properties.getProperty("origin", ""),
        properties.getProperty("input", ""),
        properties.getProperty("sha256", ""));
  }

  String packageName() {
    int slash = origin.lastIndexOf('/');
    return slash < 0 ? "the unnamed package" : origin.substring(0, slash).replace('/', '.');
  }

  /**
   * Whether the input now differs from what was read: another text, or gone. An input inside a jar
   * is left to Maven's own check of changed dependencies.
   */
  boolean isStale() throws IOException {
    Optional<Path> path = path();
    if (path.isEmpty()) {
      return false;
    }
    if (!Files.isRegularFile(path.get())) {
      return true;
    }
    return !sha256(Files.readAllBytes(path.get())).equals(sha256);
  }

  private Optional<Path> path() {
    if (input.startsWith("file:")) {
      return Optional.of(Path.of(URI.create(input)));
    }
    return input.contains(":") && !Path.of(input).isAbsolute()
        ? Optional.empty()
        : Optional.of(Path.of(input));
  }

  // The processor hashes the text it decoded as UTF-8, re-encoded; for a UTF-8 file that is its
  // bytes.
  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
