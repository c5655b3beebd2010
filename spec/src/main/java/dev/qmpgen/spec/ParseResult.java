package dev.qmpgen.spec;

import java.util.List;
import java.util.Objects;

/**
 * What a parse yields: the model, complete as far as the text allows, and every diagnostic in
 * text order. A parse never throws; an error in one event leaves the others intact.
 */
public record ParseResult(SpecDocument document, List<Diagnostic> diagnostics) {

  public ParseResult {
    Objects.requireNonNull(document, "document");
    diagnostics = List.copyOf(diagnostics);
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
