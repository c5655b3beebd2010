package dev.qmpgen.runtime.stream;

import dev.qmpgen.runtime.DecodeException;
import java.util.Optional;

/** Unwinds the parsing of one line to the point where it becomes a {@link QmpBadLine}. */
final class BadLineException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final QmpBadLine.Problem problem;
  private final transient Optional<DecodeException> decodeError;

  BadLineException(QmpBadLine.Problem problem, String detail) {
    this(problem, detail, Optional.empty());
  }

  BadLineException(
      QmpBadLine.Problem problem, String detail, Optional<DecodeException> decodeError) {
    super(detail, null, false, false); // control flow: no stack trace
    this.problem = problem;
    this.decodeError = decodeError;
  }

  QmpBadLine toBadLine(long lineNumber, String excerpt) {
    return new QmpBadLine(lineNumber, problem, getMessage(), excerpt, decodeError);
  }
}
