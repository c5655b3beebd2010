package dev.qmpgen.processor;

import java.util.Set;

/**
 * The names the writers give to what they generate beside a spec's own members and types. The
 * writers spell them from here, and {@link ModelBinder} keeps members and types from taking them,
 * so that a name added here is reserved where it is emitted.
 */
final class GeneratedNames {

  /** {@code static T read(...)}: decodes a record or value. */
  static final String READ = "read";

  /** {@code void write(JsonGenerator generator)}: encodes a record or value. */
  static final String WRITE = "write";

  /** The parameter of {@link #WRITE}; a member named so would shadow it. */
  static final String GENERATOR = "generator";

  /** Whether an event record encodes a {@code data} member. */
  static final String HAS_DATA = "hasData";

  /** The event record of an envelope without {@code data}. */
  static final String DECODE_WITHOUT_DATA = "decodeWithoutData";

  /** The wire name constant of an event record. */
  static final String EVENT_NAME_FIELD = "EVENT_NAME";

  /** {@code QmpEvent.eventName()}, implemented by each event record. */
  static final String EVENT_NAME = "eventName";

  /** Jackson databind's creator. */
  static final String FROM_JSON = "fromJson";

  /** Jackson databind's view of a union or an alternate. */
  static final String TO_JSON = "toJson";

  /** {@code KnownEvent.accept(EventVisitor)}. */
  static final String ACCEPT = "accept";

  /** An event record's first component. */
  static final String TIMESTAMP = "timestamp";

  /** Every record's last component: the members the spec does not list. */
  static final String UNKNOWN_FIELDS = "unknownFields";

  static final String KNOWN_EVENT = "KnownEvent";
  static final String EVENT_VISITOR = "EventVisitor";
  static final String EVENT_VISITOR_ADAPTER = "EventVisitorAdapter";
  static final String EVENTS = "Events";
  static final String EVENT_DESCRIPTIONS = "EventDescriptions";

  /**
   * The table of an enum's listed constants by wire name; {@link ModelBinder#constants} keeps a
   * listed value's constant from taking it.
   */
  static final String LISTED = "LISTED";

  /** The record nested in a union that keeps an object of a tag value the schema does not list. */
  static final String UNLISTED = "Unlisted";

  /** The members every generated record or value may declare. */
  static final Set<String> MEMBERS =
      Set.of(
          READ,
          WRITE,
          GENERATOR,
          HAS_DATA,
          DECODE_WITHOUT_DATA,
          EVENT_NAME,
          FROM_JSON,
          TO_JSON,
          ACCEPT,
          TIMESTAMP,
          UNKNOWN_FIELDS);

  /** The top-level types generated into every bindings package. */
  static final Set<String> PACKAGE_TYPES =
      Set.of(KNOWN_EVENT, EVENT_VISITOR, EVENT_VISITOR_ADAPTER, EVENTS, EVENT_DESCRIPTIONS);

  private GeneratedNames() {}
}
