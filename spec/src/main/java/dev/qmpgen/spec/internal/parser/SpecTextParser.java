package dev.qmpgen.spec.internal.parser;

import dev.qmpgen.spec.EventSpec;
import dev.qmpgen.spec.ParseResult;
import dev.qmpgen.spec.Position;
import dev.qmpgen.spec.SpecDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@link dev.qmpgen.spec.SpecParser} runs: {@link SourceLines} splits lines, {@link
 * DocumentSplitter} finds the event sections, {@link EventSectionParser} reads each one, {@link
 * ExampleLint} checks its examples.
 */
public final class SpecTextParser {

  private SpecTextParser() {}

  /** Parses {@code text}, reporting against {@code file}; never throws. */
  public static ParseResult parse(String file, String text) {
    Diagnostics diagnostics = new Diagnostics(file);
    List<EventSpec> events = new ArrayList<>();
    Map<String, Position> defined = new HashMap<>();
    Set<String> withErrors = new LinkedHashSet<>();
    EventSectionParser sectionParser = new EventSectionParser(diagnostics);
    for (RawSection section : DocumentSplitter.split(SourceLines.read(text), diagnostics)) {
      int errorsBefore = diagnostics.errorCount();
      List<EventSpec> parsed = parseSection(sectionParser, section, diagnostics);
      boolean sectionHasErrors = diagnostics.errorCount() > errorsBefore;
      for (EventSpec event : parsed) {
        Position first = defined.putIfAbsent(event.name(), event.position());
        if (first == null) {
          events.add(event);
          if (sectionHasErrors) {
            withErrors.add(event.name());
          }
        } else {
          // The first definition stays as it was read; only the duplicate is wrong.
          diagnostics.error(
              event.position(),
              "duplicate event \"" + event.name() + "\", first defined at line " + first.line());
        }
      }
    }
    return new ParseResult(new SpecDocument(file, events), diagnostics.inTextOrder(), withErrors);
  }

  /** A safety net: a bug in one section must not cost the user the rest of the document. */
  private static List<EventSpec> parseSection(
      EventSectionParser parser, RawSection section, Diagnostics diagnostics) {
    try {
      return parser.parse(section);
    } catch (RuntimeException e) {
      diagnostics.error(
          section.heading().position(diagnostics.file()),
          "internal error while reading this section, which is skipped: "
              + e
              + (e.getStackTrace().length > 0 ? " at " + e.getStackTrace()[0] : ""));
      return List.of();
    }
  }
}
