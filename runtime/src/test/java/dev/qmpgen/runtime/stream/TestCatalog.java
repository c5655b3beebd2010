package dev.qmpgen.runtime.stream;

import dev.qmpgen.runtime.DecodeException;
import dev.qmpgen.runtime.EventCatalog;
import dev.qmpgen.runtime.EventCodec;
import dev.qmpgen.runtime.EventRegistry;
import dev.qmpgen.runtime.QmpEvent;
import dev.qmpgen.runtime.Timestamp;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * A hand-written stand-in for generated bindings: RESET with two required fields, STOP without
 * data. Enough to tell typed, unknown and failed events apart without the processor.
 */
public final class TestCatalog implements EventCatalog {

  /** RESET: {@code {"guest": bool, "reason": string}}, both required. */
  public record TestReset(Timestamp timestamp, boolean guest, String reason) implements QmpEvent {
    @Override
    public String eventName() {
      return "RESET";
    }
  }

  /** STOP: no data. */
  public record TestStop(Timestamp timestamp) implements QmpEvent {
    @Override
    public String eventName() {
      return "STOP";
    }
  }

  public static EventRegistry registry() {
    return EventRegistry.of(new TestCatalog());
  }

  /**
   * A codec for {@code eventName} with a bug: decoding runs {@code failure}, which throws (an
   * exception or an Error) instead of a {@code DecodeException}.
   */
  public static EventCodec<TestStop> failingCodec(String eventName, Runnable failure) {
    return EventCodec.of(
        eventName,
        TestStop.class,
        (timestamp, data) -> fail(failure),
        timestamp -> fail(failure),
        event -> false,
        (event, generator) -> {});
  }

  private static TestStop fail(Runnable failure) {
    failure.run();
    throw new AssertionError("the codec's failure did not throw");
  }

  @Override
  public List<EventCodec<?>> codecs() {
    return List.of(new ResetCodec(), new StopCodec());
  }

  private static final class ResetCodec implements EventCodec<TestReset> {
    @Override
    public String eventName() {
      return "RESET";
    }

    @Override
    public Class<TestReset> eventType() {
      return TestReset.class;
    }

    @Override
    public TestReset decode(Timestamp timestamp, JsonParser data) {
      Boolean guest = null;
      String reason = null;
      for (String member = data.nextName(); member != null; member = data.nextName()) {
        JsonToken value = data.nextToken();
        switch (member) {
          case "guest" -> {
            if (!value.isBoolean()) {
              throw DecodeException.wrongType("RESET", "guest", "a boolean", value);
            }
            guest = value == JsonToken.VALUE_TRUE;
          }
          case "reason" -> {
            if (value != JsonToken.VALUE_STRING) {
              throw DecodeException.wrongType("RESET", "reason", "a string", value);
            }
            reason = data.getString();
          }
          default -> data.skipChildren();
        }
      }
      if (guest == null) {
        throw DecodeException.missingField("RESET", "guest");
      }
      if (reason == null) {
        throw DecodeException.missingField("RESET", "reason");
      }
      return new TestReset(timestamp, guest, reason);
    }

    @Override
    public TestReset decodeWithoutData(Timestamp timestamp) {
      throw DecodeException.missingField("RESET", "guest");
    }

    @Override
    public boolean hasData(TestReset event) {
      return true;
    }

    @Override
    public void writeData(TestReset event, JsonGenerator generator) {
      generator.writeStartObject();
      generator.writeBooleanProperty("guest", event.guest());
      generator.writeStringProperty("reason", event.reason());
      generator.writeEndObject();
    }
  }

  private static final class StopCodec implements EventCodec<TestStop> {
    @Override
    public String eventName() {
      return "STOP";
    }

    @Override
    public Class<TestStop> eventType() {
      return TestStop.class;
    }

    @Override
    public TestStop decode(Timestamp timestamp, JsonParser data) {
      data.skipChildren();
      return new TestStop(timestamp);
    }

    @Override
    public TestStop decodeWithoutData(Timestamp timestamp) {
      return new TestStop(timestamp);
    }

    @Override
    public boolean hasData(TestStop event) {
      return false;
    }

    @Override
    public void writeData(TestStop event, JsonGenerator generator) {
      generator.writeStartObject();
      generator.writeEndObject();
    }
  }
}
