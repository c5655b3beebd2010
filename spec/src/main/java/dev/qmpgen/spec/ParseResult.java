package dev.qmpgen.spec;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a parse yields: the model, complete as far as the text allows, and every diagnostic in text
 * order. A parse never throws; an error in one event leaves the others intact.
 *
 * @param eventsWithErrors the events of the document whose own section holds an error (a field line
 *     that matches no form, an unrecognised type, a duplicate field): their model is not what the
 *     author meant, so bindings for them would be wrong. An error elsewhere (a duplicate heading
 *     later in the text) does not make an event one of them.
 */
public record ParseResult(
    SpecDocument document, List<Diagnostic> diagnostics, Set<String> eventsWithErrors) {

  public ParseResult {
    Objects.requireNonNull(document, "document");
    diagnostics = List.copyOf(diagnostics);
    eventsWithErrors = Set.copyOf(eventsWithErrors);
  }

  /** A result whose errors, if any, concern no event of the document. */
  public ParseResult(SpecDocument document, List<Diagnostic> diagnostics) {
    this(document, diagnostics, Set.of());
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  public List<Diagnostic> errors() {
    return diagnostics.stream().filter(Diagnostic::isError).toList();
  }

  public List<Diagnostic> warnings() {
    return diagnostics.stream().filter(d -> !d.isError()).toList();
  }
}
