package dev.qmpgen.spec.internal.parser;

import java.util.ArrayList;
import java.util.List;

/**
 * Gathers prose lines into paragraphs: lines joined by one space, paragraphs split at blank lines.
 */
final class Paragraphs {

  private final List<String> done = new ArrayList<>();
  private final StringBuilder current = new StringBuilder();

  void add(String line) {
    String text = line.strip();
    if (text.isEmpty()) {
      end();
      return;
    }
    if (current.length() > 0) {
      current.append(' ');
    }
    current.append(text);
  }

  void end() {
    if (current.length() > 0) {
      done.add(current.toString());
      current.setLength(0);
    }
  }

  List<String> paragraphs() {
    end();
    return List.copyOf(done);
  }

  /** The paragraphs separated by an empty line, as the event description keeps them. */
  String joined() {
    return String.join("\n\n", paragraphs());
  }
}
