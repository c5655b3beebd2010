package dev.qmpgen.spec.internal.parser;

import java.util.List;

/**
 * The lines of one event section: its heading, and everything after the underline up to the next
 * heading.
 */
record RawSection(List<EventName> names, SourceLine heading, List<SourceLine> body) {

  RawSection {
    names = List.copyOf(names);
    body = List.copyOf(body);
  }
}
