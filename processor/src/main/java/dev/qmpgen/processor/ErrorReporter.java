package dev.qmpgen.processor;

import dev.qmpgen.spec.Diagnostic;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/**
 * Every message the processor gives, on the annotation it concerns: the one place a {@link
 * Diagnostic.Severity} becomes javac's {@link Kind}, where {@code -Aqmpgen.specWarnings=note} turns
 * every warning into a note (for builds with {@code -Werror} over a spec kept as QEMU shipped it).
 * Counts the errors it reports.
 */
final class ErrorReporter {

  private final Messager messager;
  private final boolean warningsAsNotes;
  private int errorCount;

  ErrorReporter(Messager messager, boolean warningsAsNotes) {
    this.messager = messager;
    this.warningsAsNotes = warningsAsNotes;
  }

  /**
   * A finding of the parser or the binder, its message led by the {@code file:line:col} it
   * concerns.
   */
  void report(Diagnostic diagnostic, Element element, AnnotationMirror mirror) {
    print(
        diagnostic.severity(),
        diagnostic.position() + ": " + diagnostic.message(),
        element,
        mirror);
  }

  void reportError(String message, Element element, AnnotationMirror mirror) {
    print(Diagnostic.Severity.ERROR, message, element, mirror);
  }

  void reportWarning(String message, Element element, AnnotationMirror mirror) {
    print(Diagnostic.Severity.WARNING, message, element, mirror);
  }

  void reportNote(String message, Element element, AnnotationMirror mirror) {
    print(Diagnostic.Severity.NOTE, message, element, mirror);
  }

  /** How many errors have been reported so far. */
  int errorCount() {
    return errorCount;
  }

  private void print(
      Diagnostic.Severity severity, String message, Element element, AnnotationMirror mirror) {
    Kind kind =
        switch (severity) {
          case ERROR -> Kind.ERROR;
          case WARNING -> warningsAsNotes ? Kind.NOTE : Kind.WARNING;
          case NOTE -> Kind.NOTE;
        };
    if (kind == Kind.ERROR) {
      errorCount++;
    }
    messager.printMessage(kind, message, element, mirror);
  }
}
