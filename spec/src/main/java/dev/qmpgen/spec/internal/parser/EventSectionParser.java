package dev.qmpgen.spec.internal.parser;

import dev.qmpgen.spec.EventSpec;
import dev.qmpgen.spec.ExampleSpec;
import dev.qmpgen.spec.FieldSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns one {@link RawSection} into its events: one per name in the heading, all with the same
 * data.
 */
final class EventSectionParser {

  private final Diagnostics diagnostics;
  private final FieldLineParser fieldLineParser;

  EventSectionParser(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
    this.fieldLineParser = new FieldLineParser(diagnostics);
  }

  List<EventSpec> parse(RawSection section) {
    SectionParts parts = SectionClassifier.classify(section.body(), diagnostics.file());
    List<ExampleSpec> examples = new ArrayList<>();
    List<JsonValue.Obj> parsedExamples = new ArrayList<>();
    parts.examples().forEach(text -> readExample(text, examples, parsedExamples));

    FieldItemGrouper.Grouped grouped = FieldItemGrouper.group(parts.fieldLines());
    List<ParsedField> fields = new ArrayList<>();
    for (FieldItem item : grouped.items()) {
      fieldLineParser
          .parse(item)
          .ifPresent(d -> fields.add(new ParsedField(d, item.bullet().indent())));
    }
    FieldTree tree = new FieldTree(diagnostics);
    if (isIndentationLost(section, fields)) {
      FlatNesting.nest(fields, KeyTree.of(dataObjects(parsedExamples)), tree, diagnostics);
    } else {
      IndentNesting.nest(fields, tree);
    }
    String description = describe(parts, tree, grouped.prose());
    List<FieldSpec> built = tree.build();
    List<String> names = section.names().stream().map(EventName::name).toList();
    ExampleLint.check(names, built, parsedExamples, diagnostics);
    return section.names().stream()
        .map(
            name ->
                new EventSpec(
                    name.name(),
                    description,
                    built,
                    examples,
                    parts.notes(),
                    parts.since(),
                    section.heading().position(diagnostics.file(), name.index())))
        .toList();
  }

  private void readExample(
      ExampleText text, List<ExampleSpec> examples, List<JsonValue.Obj> parsed) {
    JsonTreeReader.Result result = JsonTreeReader.read(text.json(), text::position);
    // Examples are documentation: a broken one never changes the bindings, so it is a warning.
    if (result.object().isPresent()) {
      parsed.add(result.object().get());
    } else {
      diagnostics.warning(
          result.problemPosition(), "example is not valid JSON: " + result.problem());
    }
    for (SourceLine stray : text.strayLines()) {
      diagnostics.warning(
          stray,
          stray.contentStart(),
          "stray closing brace after the complete example above; ignored");
    }
    examples.add(
        new ExampleSpec(text.label(), text.json(), result.object().isPresent(), text.start()));
  }

  /**
   * The indentation-lost form: every line of the section at column 0, and an object or array field
   * followed by more fields, so that which of them are its members cannot be seen.
   */
  private static boolean isIndentationLost(RawSection section, List<ParsedField> fields) {
    if (section.body().stream().anyMatch(line -> !line.isBlank() && line.contentStart() > 0)) {
      return false;
    }
    for (int i = 0; i + 1 < fields.size(); i++) {
      if (fields.get(i).draft().isContainer()) {
        return true;
      }
    }
    return false;
  }

  private static List<JsonValue.Obj> dataObjects(List<JsonValue.Obj> examples) {
    List<JsonValue.Obj> data = new ArrayList<>();
    for (JsonValue.Obj example : examples) {
      example
          .member("data")
          .map(JsonValue.Member::value)
          .filter(JsonValue.Obj.class::isInstance)
          .ifPresent(value -> data.add((JsonValue.Obj) value));
    }
    return data;
  }

  /**
   * The description, plus any prose found among the fields or given as {@code Data: <free text>}.
   */
  private String describe(SectionParts parts, FieldTree tree, List<SourceLine> prose) {
    Paragraphs description = new Paragraphs();
    description.add(parts.description());
    description.end();
    Optional<SectionKeyword.Match> header = parts.dataHeader();
    String inline = header.map(SectionKeyword.Match::rest).orElse("");
    boolean none = isNone(inline);
    if (none && !tree.isEmpty()) {
      diagnostics.warning(
          header.get().line(),
          header.get().restIndex(),
          "\"Data: None.\" is followed by fields; the fields are used");
    }
    boolean freeText = !none && !inline.isEmpty() || !prose.isEmpty() && header.isPresent();
    if (freeText && tree.isEmpty()) {
      SourceLine at = header.map(SectionKeyword.Match::line).orElseGet(() -> prose.get(0));
      diagnostics.warning(
          at,
          at.contentStart(),
          "data is described as free text, not as a field list; the event gets no fields");
      description.add("Data: " + inline);
    }
    prose.forEach(line -> description.add(line.content()));
    return description.joined();
  }

  /** {@code Data: None.}, with or without the period. */
  private static boolean isNone(String inline) {
    String word = inline.strip().toLowerCase(Locale.ROOT);
    return word.equals("none") || word.equals("none.");
  }
}
