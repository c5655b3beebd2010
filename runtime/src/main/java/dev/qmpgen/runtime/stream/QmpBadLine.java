package dev.qmpgen.runtime.stream;

import dev.qmpgen.runtime.DecodeException;
import java.util.Objects;
import java.util.Optional;

/**
 * A line the reader could not turn into a message. The reader skips it and goes on with the next
 * line, so nothing after a bad line is lost.
 *
 * @param detail what was wrong, for people
 * @param excerpt the start of the line as received (at most {@value #EXCERPT_BYTES} bytes, control
 *     characters escaped), to recognise it by
 * @param decodeError for {@link Problem#EVENT_DECODE_FAILED}, the decoder's error naming the event
 *     and field
 */
public record QmpBadLine(
    long lineNumber,
    Problem problem,
    String detail,
    String excerpt,
    Optional<DecodeException> decodeError)
    implements QmpMessage {

  /** How many bytes of a bad line {@link #excerpt} keeps. */
  public static final int EXCERPT_BYTES = 120;

  /** What was wrong with the line. */
  public enum Problem {
    /** Not JSON, or JSON cut short, or text after the object. */
    MALFORMED_JSON,
    /**
     * Longer than {@link QmpLimits#maxLineBytes()}; the line was skipped without being buffered.
     */
    LINE_TOO_LONG,
    /** Objects or arrays nested deeper than {@link QmpLimits#maxNestingDepth()}. */
    TOO_DEEP,
    /** A string longer than {@link QmpLimits#maxStringBytes()}. */
    STRING_TOO_LONG,
    /**
     * JSON, but not an object with a {@code QMP}, {@code return}, {@code error} or {@code event}
     * member.
     */
    NOT_A_MESSAGE,
    /** A {@code QMP} greeting without the version or capabilities QMP requires. */
    INVALID_GREETING,
    /** A {@code return}/{@code error} response of the wrong shape. */
    INVALID_RESPONSE,
    /**
     * A known event whose data does not match its spec, in strict decoding; or, in either mode, an
     * event whose codec failed with another exception than a {@code DecodeException}.
     */
    EVENT_DECODE_FAILED,
    /** The stream ended in the middle of this line. */
    TRUNCATED
  }

  public QmpBadLine {
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(excerpt, "excerpt");
    Objects.requireNonNull(decodeError, "decodeError");
  }

  /** <code>line 7: MALFORMED_JSON: ...: {"garb</code>. */
  public String describe() {
    return "line " + lineNumber + ": " + problem + ": " + detail + " [" + excerpt + "]";
  }
}
