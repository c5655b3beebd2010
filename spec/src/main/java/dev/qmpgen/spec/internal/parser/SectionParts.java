package dev.qmpgen.spec.internal.parser;

import java.util.List;
import java.util.Optional;

/**
 * An event section sorted into its parts, still as text.
 *
 * @param description the prose of the section, paragraphs separated by an empty line
 * @param dataHeader the {@code Data:} line, when there is one
 * @param fieldLines the lines of the field list, blank lines included
 * @param examples the example objects, in order
 * @param notes each note paragraph
 * @param since the {@code Since:} text
 */
record SectionParts(
    String description,
    Optional<SectionKeyword.Match> dataHeader,
    List<SourceLine> fieldLines,
    List<ExampleText> examples,
    List<String> notes,
    Optional<String> since) {

  SectionParts {
    fieldLines = List.copyOf(fieldLines);
    examples = List.copyOf(examples);
    notes = List.copyOf(notes);
  }
}
