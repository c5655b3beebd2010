package dev.qmpgen.runtime.stream;

import dev.qmpgen.runtime.DecodeException;
import dev.qmpgen.runtime.EventDecoding;
import dev.qmpgen.runtime.EventRegistry;
import dev.qmpgen.runtime.QmpEvent;
import dev.qmpgen.runtime.internal.Json;
import dev.qmpgen.runtime.internal.MemberNames;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * Turns the bytes of one line into a {@link QmpMessage}, straight from the line's byte range.
 *
 * <p>A first parser skims the top-level member names until one tells the message's kind (QEMU puts
 * {@code timestamp} before {@code event}, so that is one small skip); a second parser on the same
 * bytes then reads the message whole. Bounds are checked on the raw bytes before either parser
 * runs.
 */
final class MessageParser {

  private final EventRegistry registry;
  private final EventDecoding decoding;
  private final JsonBounds bounds;
  private final JsonFactory factory;

  MessageParser(EventRegistry registry, EventDecoding decoding, QmpLimits limits) {
    this.registry = registry;
    this.decoding = decoding;
    this.bounds = new JsonBounds(limits);
    // The runtime's factory with this reader's limits: it keeps that factory's per-thread buffer
    // recycler, which matters most here, where every line opens two or three parsers. The
    // constraints are a backstop only: the byte-level bounds are at least as strict, since a string
    // never has more chars than the bytes it is written in.
    this.factory = Json.FACTORY.rebuild().streamReadConstraints(Json.constraints(limits)).build();
  }

  QmpMessage parse(Line line) {
    try {
      return switch (line.kind()) {
        case TOO_LONG ->
            throw new BadLineException(
                QmpBadLine.Problem.LINE_TOO_LONG,
                "the line has " + line.totalLength() + " bytes, more than the limit");
        case TRUNCATED ->
            throw new BadLineException(
                QmpBadLine.Problem.TRUNCATED,
                "the stream ended after "
                    + line.totalLength()
                    + " bytes of this line, before its line end");
        case COMPLETE -> parseComplete(line);
      };
    } catch (BadLineException e) {
      return e.toBadLine(line.number(), excerpt(line));
    }
  }

  private QmpMessage parseComplete(Line line) {
    JsonBounds.Scan scan = bounds.check(line.bytes(), line.offset(), line.length());
    if (scan.violation().isPresent()) {
      JsonBounds.Violation v = scan.violation().get();
      throw new BadLineException(v.problem(), v.detail() + " (at byte " + (v.at() + 1) + ")");
    }
    try {
      MessageKind kind = classify(line);
      if (kind != MessageKind.EVENT) {
        refuseRepeatedNames(line); // the event decoder checks as it reads; these readers do not
      }
      try (JsonParser parser = open(line)) {
        parser.nextToken();
        return switch (kind) {
          case GREETING -> requireEnd(parser, GreetingReader.read(parser, line.number()));
          case RESPONSE -> requireEnd(parser, ResponseReader.read(parser, line.number()));
          case EVENT -> readEvent(parser, line, RetainedWeight.of(line.length(), scan.values()));
        };
      }
    } catch (StreamConstraintsException e) {
      // Only reached if the byte-level checks missed something; the message names the bound.
      String message = e.getOriginalMessage();
      QmpBadLine.Problem problem =
          message.contains("depth")
              ? QmpBadLine.Problem.TOO_DEEP
              : message.contains("length") && message.contains("String")
                  ? QmpBadLine.Problem.STRING_TOO_LONG
                  : QmpBadLine.Problem.LINE_TOO_LONG;
      throw new BadLineException(problem, message);
    } catch (JacksonException e) {
      throw malformed(e);
    }
  }

  /** Skims the top-level members until one names the kind of message. */
  private MessageKind classify(Line line) {
    try (JsonParser parser = open(line)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new BadLineException(QmpBadLine.Problem.MALFORMED_JSON, "an empty line");
      }
      if (first != JsonToken.START_OBJECT) {
        throw new BadLineException(
            QmpBadLine.Problem.NOT_A_MESSAGE,
            "a QMP message is a JSON object, but this line holds " + Json.describe(first));
      }
      for (String member = parser.nextName(); member != null; member = parser.nextName()) {
        MessageKind kind = MessageKind.ofMember(member);
        if (kind != null) {
          return kind;
        }
        parser.nextToken();
        parser.skipChildren();
      }
      throw new BadLineException(
          QmpBadLine.Problem.NOT_A_MESSAGE,
          "the object has none of the members \"QMP\", \"return\", \"error\", \"event\"");
    }
  }

  /**
   * Refuses {@code {"return": {}, "return": {}}} as a bad line rather than reading one of the
   * values: which one QEMU meant is unknowable. A pass of its own over a greeting or a response,
   * which come once per connection and once per command, keeps their readers to the members they
   * read.
   */
  private void refuseRepeatedNames(Line line) {
    MemberNames names = new MemberNames();
    try (JsonParser parser = open(line)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        switch (token) {
          case START_OBJECT -> names.startObject();
          case END_OBJECT -> names.endObject();
          case PROPERTY_NAME -> {
            if (!names.add(parser.currentName())) {
              throw new BadLineException(
                  QmpBadLine.Problem.MALFORMED_JSON,
                  MemberNames.repeated("", parser.currentName()).getMessage());
            }
          }
          default -> {}
        }
      }
    }
  }

  private QmpMessage readEvent(JsonParser parser, Line line, int weight) {
    try {
      QmpEvent event = registry.decode(parser);
      return requireEnd(parser, new QmpEventMessage(line.number(), weight, event));
    } catch (DecodeException e) {
      return switch (e.problem()) {
        // The message, not the detail alone: a repeated member's names the event.
        case MALFORMED_JSON ->
            throw new BadLineException(QmpBadLine.Problem.MALFORMED_JSON, e.getMessage());
        case NOT_AN_EVENT ->
            throw new BadLineException(QmpBadLine.Problem.NOT_A_MESSAGE, e.getMessage());
        default -> decodeFailed(line, weight, e);
      };
    } catch (JacksonException | BadLineException e) {
      throw e;
    } catch (RuntimeException e) {
      // A codec must throw only DecodeException; one that breaks that costs its line, not the
      // stream. Lenient decoding would only run it again, so both modes report the line.
      throw new BadLineException(
          QmpBadLine.Problem.EVENT_DECODE_FAILED, "the event's codec failed: " + e);
    }
  }

  private QmpMessage decodeFailed(Line line, int weight, DecodeException error) {
    if (decoding == EventDecoding.STRICT) {
      throw new BadLineException(
          QmpBadLine.Problem.EVENT_DECODE_FAILED, error.getMessage(), Optional.of(error));
    }
    // Lenient: the registry re-reads the line and wraps the raw event and the reason into a
    // FailedEvent; it still refuses text that is not one JSON object.
    try {
      QmpEvent failed =
          registry.decode(line.bytes(), line.offset(), line.length(), EventDecoding.LENIENT);
      return new QmpEventMessage(line.number(), weight, failed);
    } catch (DecodeException e) {
      throw new BadLineException(QmpBadLine.Problem.MALFORMED_JSON, e.getMessage());
    }
  }

  /** A line holds one object: anything after it makes the line malformed. */
  private static <M extends QmpMessage> M requireEnd(JsonParser parser, M message) {
    if (parser.nextToken() != null) {
      throw new BadLineException(
          QmpBadLine.Problem.MALFORMED_JSON,
          "text after the JSON object at column " + parser.currentTokenLocation().getColumnNr());
    }
    return message;
  }

  private JsonParser open(Line line) {
    return factory.createParser(
        ObjectReadContext.empty(), line.bytes(), line.offset(), line.length());
  }

  private static BadLineException malformed(JacksonException e) {
    String where = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
    return new BadLineException(QmpBadLine.Problem.MALFORMED_JSON, e.getOriginalMessage() + where);
  }

  private static String excerpt(Line line) {
    return Excerpt.of(line.bytes(), line.offset(), line.length(), line.totalLength());
  }
}
