package dev.qmpgen.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.qmpgen.spec.Diagnostic;
import dev.qmpgen.spec.Position;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;
import org.junit.jupiter.api.Test;

class ErrorReporterTest {

  private static final Position AT = new Position("qmp-events.txt", 3, 7);

  /** What javac would print: each message with its kind. */
  private static final class RecordingMessager implements Messager {
    final List<String> printed = new ArrayList<>();

    @Override
    public void printMessage(Kind kind, CharSequence message) {
      printed.add(kind + " " + message);
    }

    @Override
    public void printMessage(Kind kind, CharSequence message, Element element) {
      printMessage(kind, message);
    }

    @Override
    public void printMessage(
        Kind kind, CharSequence message, Element element, AnnotationMirror mirror) {
      printMessage(kind, message);
    }

    @Override
    public void printMessage(
        Kind kind,
        CharSequence message,
        Element element,
        AnnotationMirror mirror,
        AnnotationValue value) {
      printMessage(kind, message);
    }
  }

  private final RecordingMessager messager = new RecordingMessager();

  private ErrorReporter reportEachSeverity(boolean warningsAsNotes) {
    ErrorReporter reporter = new ErrorReporter(messager, warningsAsNotes);
    reporter.report(Diagnostic.error(AT, "bad"), null, null);
    reporter.report(Diagnostic.warning(AT, "odd"), null, null);
    reporter.report(Diagnostic.note(AT, "renamed"), null, null);
    return reporter;
  }

  @Test
  void eachSeverityBecomesItsKindWithThePositionFirst() {
    ErrorReporter reporter = reportEachSeverity(false);
    assertEquals(
        List.of(
            "ERROR qmp-events.txt:3:7: bad",
            "WARNING qmp-events.txt:3:7: odd",
            "NOTE qmp-events.txt:3:7: renamed"),
        messager.printed);
    assertEquals(1, reporter.errorCount());
  }

  @Test
  void specWarningsAsNotesTurnsWarningsIntoNotesButNeverErrors() {
    ErrorReporter reporter = reportEachSeverity(true);
    reporter.reportWarning("plain", null, null);
    reporter.reportNote("fyi", null, null);
    reporter.reportError("broken", null, null);
    assertEquals(
        List.of(
            "ERROR qmp-events.txt:3:7: bad",
            "NOTE qmp-events.txt:3:7: odd",
            "NOTE qmp-events.txt:3:7: renamed",
            "NOTE plain",
            "NOTE fyi",
            "ERROR broken"),
        messager.printed);
    assertEquals(2, reporter.errorCount());
  }
}
