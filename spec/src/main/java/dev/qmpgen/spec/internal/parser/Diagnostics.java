package dev.qmpgen.spec.internal.parser;

import dev.qmpgen.spec.Diagnostic;
import dev.qmpgen.spec.Position;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the diagnostics of one parse, all against the same file name; shared by both readers.
 */
public final class Diagnostics {

  private final String file;
  private final List<Diagnostic> found = new ArrayList<>();
  private int errors;

  public Diagnostics(String file) {
    this.file = file;
  }

  public String file() {
    return file;
  }

  /** How many errors have been found so far, to tell which section an error came from. */
  int errorCount() {
    return errors;
  }

  public void error(Position position, String message) {
    errors++;
    found.add(Diagnostic.error(position, message));
  }

  void warning(Position position, String message) {
    found.add(Diagnostic.warning(position, message));
  }

  void error(SourceLine line, int index, String message) {
    error(line.position(file, index), message);
  }

  void warning(SourceLine line, int index, String message) {
    warning(line.position(file, index), message);
  }

  /** Every diagnostic in text order; findings on the same spot keep the order they were made in. */
  public List<Diagnostic> inTextOrder() {
    List<Diagnostic> sorted = new ArrayList<>(found);
    sorted.sort(
        Comparator.comparingInt((Diagnostic d) -> d.position().line())
            .thenComparingInt(d -> d.position().column()));
    return sorted;
  }
}
