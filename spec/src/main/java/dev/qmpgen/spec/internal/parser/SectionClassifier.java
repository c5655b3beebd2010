package dev.qmpgen.spec.internal.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sorts the lines of an event section into description, field list, examples, notes and {@code
 * Since:}, following the section keywords. Field lines may come without a {@code Data:} line, and
 * an example object without an {@code Example:} line: a bullet opens the field list and an opening
 * brace (or arrow) opens an example wherever they appear.
 */
final class SectionClassifier {

  private enum State {
    DESCRIPTION,
    DATA,
    EXAMPLES,
    NOTES,
    AFTER
  }

  private final String file;
  private final Paragraphs description = new Paragraphs();
  private final List<SourceLine> fieldLines = new ArrayList<>();
  private final List<ExampleText> examples = new ArrayList<>();
  private final Paragraphs notes = new Paragraphs();
  private Optional<SectionKeyword.Match> dataHeader = Optional.empty();
  private Optional<String> since = Optional.empty();
  private String pendingLabel = "";
  private State state = State.DESCRIPTION;
  private int bulletIndent = -1;
  private boolean blankSinceBullet;

  private SectionClassifier(String file) {
    this.file = file;
  }

  static SectionParts classify(List<SourceLine> body, String file) {
    SectionClassifier classifier = new SectionClassifier(file);
    int index = 0;
    while (index < body.size()) {
      index = classifier.accept(body, index);
    }
    return classifier.parts();
  }

  /**
   * Takes the line at {@code index} (and, for an example, the lines after it); returns the next
   * index.
   */
  private int accept(List<SourceLine> body, int index) {
    SourceLine line = body.get(index);
    if (line.isRuleOf('-')) {
      return index + 1; // the underline of a heading that names no event
    }
    Optional<SectionKeyword.Match> keyword = SectionKeyword.of(line);
    if (keyword.isPresent()) {
      openPart(keyword.get());
      return index + 1;
    }
    if (ExampleCollector.objectStart(line) >= 0) {
      ExampleCollector.Collected collected =
          ExampleCollector.collect(body, index, pendingLabel, file);
      examples.add(collected.example());
      pendingLabel = "";
      state = State.EXAMPLES;
      return collected.next();
    }
    acceptText(line);
    return index + 1;
  }

  private void openPart(SectionKeyword.Match match) {
    notes.end();
    description.end();
    switch (match.keyword()) {
      case DESCRIPTION -> {
        state = State.DESCRIPTION;
        description.add(match.rest());
      }
      case DATA -> {
        state = State.DATA;
        dataHeader = Optional.of(match);
        bulletIndent = -1;
      }
      case EXAMPLE -> state = State.EXAMPLES;
      case NOTE -> {
        state = State.NOTES;
        notes.add(match.rest());
      }
      case SINCE -> {
        state = State.AFTER;
        since = Optional.of(match.rest()).filter(s -> !s.isEmpty());
      }
    }
  }

  private void acceptText(SourceLine line) {
    boolean bullet = FieldItemGrouper.isBullet(line);
    if (bullet && (state == State.DESCRIPTION || state == State.AFTER)) {
      state = State.DATA; // a field list without a "Data:" line, or resumed after prose
    }
    if (state == State.DATA && endsFieldList(line, bullet)) {
      state = State.AFTER;
    }
    switch (state) {
      case DATA -> acceptFieldLine(line, bullet);
      case NOTES -> notes.add(line.content());
      case EXAMPLES -> {
        if (!line.isBlank() && line.content().endsWith(":")) {
          // "Read operation:" labels the example object that follows
          String label = line.content();
          pendingLabel = label.substring(0, label.length() - 1).strip();
        } else {
          description.add(line.content());
        }
      }
      case DESCRIPTION, AFTER -> description.add(line.content());
    }
  }

  /**
   * Prose after a field list: a line that is not a bullet, after a blank line, and no deeper than
   * the last bullet (deeper lines continue that field).
   */
  private boolean endsFieldList(SourceLine line, boolean bullet) {
    return !bullet
        && !line.isBlank()
        && bulletIndent >= 0
        && blankSinceBullet
        && line.indent() <= bulletIndent;
  }

  private void acceptFieldLine(SourceLine line, boolean bullet) {
    fieldLines.add(line);
    if (bullet) {
      bulletIndent = line.indent();
      blankSinceBullet = false;
    } else {
      blankSinceBullet = line.isBlank();
    }
  }

  private SectionParts parts() {
    return new SectionParts(
        description.joined(), dataHeader, fieldLines, examples, notes.paragraphs(), since);
  }
}
