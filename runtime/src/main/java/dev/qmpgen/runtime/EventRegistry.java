package dev.qmpgen.runtime;

import dev.qmpgen.runtime.internal.Json;
import dev.qmpgen.runtime.internal.MemberNames;
import dev.qmpgen.runtime.internal.NameTable;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * Maps event names to codecs and turns QMP event objects into {@link QmpEvent}s and back.
 *
 * <p>Decoding does not depend on member order: QEMU sends {@code timestamp} first, the spec's
 * examples send it last, and {@code data} may come before {@code event}. An event name no codec
 * knows becomes an {@link UnknownEvent}, never an exception. Instances are immutable and
 * thread-safe.
 */
public final class EventRegistry {

  /** The envelope members, matched as the parser reads their names; indices as below. */
  private static final PropertyNameMatcher ENVELOPE = Json.matcher("event", "timestamp", "data");

  private static final int EVENT = 0;
  private static final int TIMESTAMP = 1;
  private static final int DATA = 2;

  // Envelope names pre-encoded: the generator copies their bytes instead of escaping them each
  // time.
  private static final SerializableString TIMESTAMP_NAME = new SerializedString("timestamp");
  private static final SerializableString SECONDS_NAME = new SerializedString("seconds");
  private static final SerializableString MICROSECONDS_NAME = new SerializedString("microseconds");
  private static final SerializableString EVENT_NAME = new SerializedString("event");
  private static final SerializableString DATA_NAME = new SerializedString("data");

  /** No codecs: reads only an event's name and timestamp, for wrapping a failed decode. */
  private static final EventRegistry ENVELOPE_ONLY = new EventRegistry(Map.of(), List.of());

  private final Map<String, EventCodec<?>> codecs;
  private final NameTable<EventCodec<?>> codecsByName;
  private final List<EventCatalog> catalogs;

  private EventRegistry(Map<String, EventCodec<?>> codecs, List<EventCatalog> catalogs) {
    this.codecs = Map.copyOf(codecs);
    this.codecsByName = NameTable.of(codecs);
    this.catalogs = List.copyOf(catalogs);
  }

  /**
   * A registry of every codec of the given catalogs, so bindings generated from several specs
   * compose.
   *
   * @throws IllegalArgumentException if two catalogs (or one, twice) define the same event name;
   *     the message names the event and both catalogs
   */
  public static EventRegistry of(EventCatalog... catalogs) {
    Map<String, EventCodec<?>> codecs = new LinkedHashMap<>();
    Map<String, EventCatalog> definedBy = new HashMap<>();
    for (EventCatalog catalog : catalogs) {
      for (EventCodec<?> codec : catalog.codecs()) {
        EventCatalog first = definedBy.putIfAbsent(codec.eventName(), catalog);
        if (first != null) {
          throw new IllegalArgumentException(
              "event "
                  + codec.eventName()
                  + " is defined by both "
                  + catalogName(first)
                  + " ("
                  + codecs.get(codec.eventName()).eventType().getName()
                  + ") and "
                  + catalogName(catalog)
                  + " ("
                  + codec.eventType().getName()
                  + ")");
        }
        codecs.put(codec.eventName(), codec);
      }
    }
    return new EventRegistry(codecs, List.of(catalogs));
  }

  /** The catalogs this registry was built from, in the order given. */
  public List<EventCatalog> catalogs() {
    return catalogs;
  }

  /** How messages name a catalog: its class, such as {@code dev.qmpgen.events.Events}. */
  private static String catalogName(EventCatalog catalog) {
    return catalog.getClass().getName();
  }

  /** The event names this registry decodes to typed events. */
  public Set<String> eventNames() {
    return codecs.keySet();
  }

  public Optional<EventCodec<?>> codec(String eventName) {
    return Optional.ofNullable(codecs.get(eventName));
  }

  /**
   * Decodes one event object strictly ({@link EventDecoding#STRICT}).
   *
   * @throws DecodeException if the text is not a JSON event object, or a known event's data does
   *     not match its spec
   */
  public QmpEvent decode(String json) {
    try (JsonParser parser = Json.FACTORY.createParser(ObjectReadContext.empty(), json)) {
      return decodeWhole(parser);
    } catch (JacksonException e) {
      throw malformed(e);
    }
  }

  /** Decodes one event object, UTF-8 encoded, strictly. */
  public QmpEvent decode(byte[] json) {
    return decode(json, 0, json.length);
  }

  /** Decodes one event object from {@code length} UTF-8 bytes at {@code offset}, strictly. */
  public QmpEvent decode(byte[] json, int offset, int length) {
    try (JsonParser parser =
        Json.FACTORY.createParser(ObjectReadContext.empty(), json, offset, length)) {
      return decodeWhole(parser);
    } catch (JacksonException e) {
      throw malformed(e);
    }
  }

  /**
   * Decodes the event object the parser is on (or starts next), strictly, leaving the parser on its
   * {@code END_OBJECT}. Callers that configure their own parser limits use this.
   */
  public QmpEvent decode(JsonParser parser) {
    try {
      return decodeObject(parser);
    } catch (JacksonException e) {
      throw malformed(e);
    }
  }

  /**
   * Decodes one event object, a known event whose data does not match its spec handled as {@code
   * decoding} says: {@link EventDecoding#STRICT} throws, as {@link #decode(String)} does; {@link
   * EventDecoding#LENIENT} returns a {@link FailedEvent} holding the raw event and the reason.
   *
   * @throws DecodeException if the text is not a JSON event object at all, or (strict) a known
   *     event's data does not match its spec
   */
  public QmpEvent decode(String json, EventDecoding decoding) {
    Objects.requireNonNull(decoding, "decoding");
    try {
      return decode(json);
    } catch (DecodeException e) {
      return failedOrRethrow(decoding, json, e);
    }
  }

  /**
   * Decodes one event object from {@code length} UTF-8 bytes at {@code offset}, as {@link
   * #decode(String, EventDecoding)} does.
   */
  public QmpEvent decode(byte[] json, int offset, int length, EventDecoding decoding) {
    Objects.requireNonNull(decoding, "decoding");
    try {
      return decode(json, offset, length);
    } catch (DecodeException e) {
      return failedOrRethrow(decoding, new String(json, offset, length, StandardCharsets.UTF_8), e);
    }
  }

  /**
   * Encodes an event as one line of compact JSON, in QEMU's member order; the timestamp is left out
   * when it is {@link Timestamp#ABSENT}, as it was in the JSON the event was decoded from.
   */
  public String encode(QmpEvent event) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = Json.FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      encode(event, generator);
    }
    return out.toString();
  }

  /** Encodes an event as UTF-8 JSON bytes. */
  public byte[] encodeToBytes(QmpEvent event) {
    ExactBytes out = new ExactBytes();
    try (JsonGenerator generator = Json.FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      encode(event, generator);
    }
    return out.bytes();
  }

  /** Writes an event object as the next value of {@code generator}. */
  public void encode(QmpEvent event, JsonGenerator generator) {
    if (event instanceof FailedEvent failed) {
      failed.raw().write(generator);
      return;
    }
    generator.writeStartObject();
    if (event.timestamp().isPresent()) {
      generator.writeName(TIMESTAMP_NAME);
      generator.writeStartObject();
      generator.writeName(SECONDS_NAME);
      generator.writeNumber(event.timestamp().seconds());
      generator.writeName(MICROSECONDS_NAME);
      generator.writeNumber(event.timestamp().microseconds());
      generator.writeEndObject();
    }
    generator.writeName(EVENT_NAME);
    generator.writeString(event.eventName());
    if (event instanceof UnknownEvent unknown) {
      if (unknown.data().isPresent()) {
        generator.writeName(DATA_NAME);
        unknown.data().get().write(generator);
      }
    } else {
      writeData(codecFor(event), event, generator);
    }
    generator.writeEndObject();
  }

  private QmpEvent decodeWhole(JsonParser parser) {
    QmpEvent event = decodeObject(parser);
    if (parser.nextToken() != null) {
      throw DecodeException.malformed(
          "text after the event object at " + parser.currentTokenLocation().offsetDescription());
    }
    return event;
  }

  private QmpEvent decodeObject(JsonParser parser) {
    JsonToken token = parser.currentToken() == null ? parser.nextToken() : parser.currentToken();
    if (token != JsonToken.START_OBJECT) {
      throw notAnEvent("", "expected a JSON object but found " + Json.describe(token));
    }
    String name = null;
    EventCodec<?> codec = null;
    Timestamp timestamp = null;
    QmpEvent decoded = null;
    RawJson earlyData = null;
    int seen = 0; // bit per envelope member read, to refuse a repeat
    MemberNames others = null; // members QMP does not define, rarely any
    for (int member = parser.nextNameMatch(ENVELOPE);
        member != PropertyNameMatcher.MATCH_END_OBJECT;
        member = parser.nextNameMatch(ENVELOPE)) {
      JsonToken value = parser.nextToken();
      if (member >= 0) {
        if ((seen & (1 << member)) != 0) {
          throw MemberNames.repeated(name == null ? "" : name, parser.currentName());
        }
        seen |= 1 << member;
      }
      switch (member) {
        case EVENT -> {
          codec = readCodec(parser, value);
          // A known name reuses the codec's constant; only an unknown one costs a String.
          name = codec == null ? parser.getString() : codec.eventName();
        }
        case TIMESTAMP -> timestamp = TimestampReader.read(parser, name);
        case DATA -> {
          if (name != null && timestamp != null) {
            decoded = decodeData(codec, name, timestamp, parser);
          } else {
            // Out of QEMU's order: keep the data until the name and timestamp are known.
            earlyData = readEarly(name, parser);
          }
        }
        default ->
            others = readOther(others, name, parser); // QMP defines no other envelope members
      }
    }
    if (name == null) {
      throw notAnEvent("", "no \"event\" member");
    }
    if (timestamp == null) {
      timestamp = Timestamp.ABSENT; // the spec's examples sometimes leave it out
    }
    if (decoded != null) {
      return decoded;
    }
    if (earlyData != null) {
      try (JsonParser replay =
          Json.FACTORY.createParser(ObjectReadContext.empty(), earlyData.json())) {
        replay.nextToken();
        return decodeData(codec, name, timestamp, replay);
      }
    }
    if (codec == null) {
      return new UnknownEvent(name, timestamp, Optional.empty());
    }
    return codec.decodeWithoutData(timestamp);
  }

  /**
   * Passes over a member QMP does not define, refusing it if it came before or if its value repeats
   * a name in one of its objects, as everywhere else in the event.
   */
  private static MemberNames readOther(MemberNames others, String name, JsonParser parser) {
    MemberNames names = others;
    if (names == null) {
      names = new MemberNames();
      names.startObject();
    }
    String member = parser.currentName();
    if (!names.add(member)) {
      throw MemberNames.repeated(name == null ? "" : name, member);
    }
    try {
      RawJson.read(parser);
    } catch (DecodeException e) {
      throw named(e, name == null ? "" : name);
    }
    return names;
  }

  private static QmpEvent decodeData(
      EventCodec<?> codec, String name, Timestamp timestamp, JsonParser parser) {
    try {
      return decodeNamedData(codec, name, timestamp, parser);
    } catch (DecodeException e) {
      throw named(e, name);
    }
  }

  private static RawJson readEarly(String name, JsonParser parser) {
    try {
      return RawJson.read(parser);
    } catch (DecodeException e) {
      throw named(e, name == null ? "" : name);
    }
  }

  /**
   * {@code error} naming the event: readers of raw values and unlisted members, which know no
   * event, throw without its name.
   */
  private static DecodeException named(DecodeException error, String name) {
    if (error.eventName().isPresent() || name.isEmpty()) {
      return error;
    }
    return new DecodeException(error.problem(), name, error.field().orElse(""), error.detail());
  }

  private static QmpEvent decodeNamedData(
      EventCodec<?> codec, String name, Timestamp timestamp, JsonParser parser) {
    if (codec == null) {
      return new UnknownEvent(name, timestamp, Optional.of(RawJson.read(parser)));
    }
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw new DecodeException(
          DecodeException.Problem.WRONG_TYPE,
          name,
          "",
          "expected \"data\" to be an object but found " + Json.describe(parser.currentToken()));
    }
    return codec.decode(timestamp, parser);
  }

  /** The codec of the event name the parser is on, or {@code null} for a name no codec knows. */
  private EventCodec<?> readCodec(JsonParser parser, JsonToken value) {
    if (value != JsonToken.VALUE_STRING) {
      throw notAnEvent("", "expected \"event\" to be a string but found " + Json.describe(value));
    }
    return codecsByName.find(parser);
  }

  /** Strict rethrows; lenient wraps the event, unless the text is no event object at all. */
  private static QmpEvent failedOrRethrow(
      EventDecoding decoding, String json, DecodeException error) {
    if (decoding == EventDecoding.STRICT
        || error.problem() == DecodeException.Problem.MALFORMED_JSON
        || error.problem() == DecodeException.Problem.NOT_AN_EVENT) {
      throw error;
    }
    RawJson raw = RawJson.parse(json);
    try {
      QmpEvent envelope = ENVELOPE_ONLY.decode(json);
      return new FailedEvent(envelope.eventName(), envelope.timestamp(), raw, error);
    } catch (DecodeException unreadableTimestamp) {
      // The timestamp itself is at fault: the event is still delivered, its time unknown.
      return new FailedEvent(eventNameOf(json), Timestamp.UNAVAILABLE, raw, error);
    }
  }

  /** The {@code event} member of an object already known to hold one, skipping everything else. */
  private static String eventNameOf(String json) {
    try (JsonParser parser = Json.FACTORY.createParser(ObjectReadContext.empty(), json)) {
      parser.nextToken();
      for (int member = parser.nextNameMatch(ENVELOPE);
          member != PropertyNameMatcher.MATCH_END_OBJECT;
          member = parser.nextNameMatch(ENVELOPE)) {
        if (parser.nextToken() == JsonToken.VALUE_STRING && member == EVENT) {
          return parser.getString();
        }
        parser.skipChildren();
      }
    }
    throw notAnEvent("", "no \"event\" member");
  }

  private EventCodec<?> codecFor(QmpEvent event) {
    EventCodec<?> codec = codecs.get(event.eventName());
    if (codec == null || !codec.eventType().isInstance(event)) {
      throw new IllegalArgumentException(
          "this registry has no codec for " + event.getClass().getName() + " " + event.eventName());
    }
    return codec;
  }

  private static <E extends QmpEvent> void writeData(
      EventCodec<E> codec, QmpEvent event, JsonGenerator generator) {
    E typed = codec.eventType().cast(event);
    if (codec.hasData(typed)) {
      generator.writeName(DATA_NAME);
      codec.writeData(typed, generator);
    }
  }

  private static DecodeException notAnEvent(String name, String detail) {
    return new DecodeException(DecodeException.Problem.NOT_AN_EVENT, name, "", detail);
  }

  private static DecodeException malformed(JacksonException e) {
    return DecodeException.malformed(
        e.getOriginalMessage()
            + " at "
            + (e.getLocation() == null ? "unknown offset" : e.getLocation().offsetDescription()));
  }
}
