package dev.qmpgen.benchmarks.databind;

import dev.qmpgen.events.BlockIoError;
import dev.qmpgen.events.Reset;
import dev.qmpgen.events.Resume;
import dev.qmpgen.events.RtcChange;
import dev.qmpgen.events.Shutdown;
import dev.qmpgen.events.Stop;
import dev.qmpgen.events.VncConnected;
import dev.qmpgen.events.VncDisconnected;
import dev.qmpgen.events.VncInitialized;
import dev.qmpgen.events.Watchdog;
import dev.qmpgen.runtime.QmpEvent;
import dev.qmpgen.runtime.RawJson;
import dev.qmpgen.runtime.Timestamp;
import dev.qmpgen.runtime.UnknownEvent;
import java.util.Optional;

/**
 * The rest of benchmark (2) on the 10-event spec's bindings: the envelope's timestamp put on the
 * record databind bound, as a databind user would have to (the generated records leave the
 * timestamp to the envelope, {@code @JsonIgnore}), so that databind gives the same values as the
 * generated registry. Written by hand for the spec's ten events; the QEMU 7.2 bindings' 52 are left
 * on the envelope, which only spares databind work.
 */
public final class SpecEventStamps {

  private SpecEventStamps() {}

  public static QmpEvent stamped(EventEnvelope envelope) {
    String name = envelope.event();
    Timestamp timestamp = envelope.timestamp();
    Object data = envelope.data();
    // Java 17 has no pattern switch; the common events come first.
    if (data == null) {
      return withoutData(name, timestamp);
    } else if (data instanceof VncConnected e) {
      return new VncConnected(timestamp, e.server(), e.client(), e.unknownFields());
    } else if (data instanceof VncInitialized e) {
      return new VncInitialized(timestamp, e.server(), e.client(), e.unknownFields());
    } else if (data instanceof VncDisconnected e) {
      return new VncDisconnected(timestamp, e.server(), e.client(), e.unknownFields());
    } else if (data instanceof BlockIoError e) {
      return new BlockIoError(timestamp, e.device(), e.operation(), e.action(), e.unknownFields());
    } else if (data instanceof Watchdog e) {
      return new Watchdog(timestamp, e.action(), e.unknownFields());
    } else if (data instanceof RtcChange e) {
      return new RtcChange(timestamp, e.offset(), e.unknownFields());
    } else if (data instanceof Shutdown e) {
      return new Shutdown(timestamp, e.unknownFields());
    } else if (data instanceof Reset e) {
      return new Reset(timestamp, e.unknownFields());
    } else if (data instanceof Stop e) {
      return new Stop(timestamp, e.unknownFields());
    } else if (data instanceof Resume e) {
      return new Resume(timestamp, e.unknownFields());
    } else if (data instanceof RawJson raw) {
      return new UnknownEvent(name, timestamp, Optional.of(raw));
    }
    throw new IllegalStateException("unexpected data " + data.getClass());
  }

  private static QmpEvent withoutData(String name, Timestamp timestamp) {
    switch (name) {
      case Stop.EVENT_NAME:
        return new Stop(timestamp);
      case Resume.EVENT_NAME:
        return new Resume(timestamp);
      case Reset.EVENT_NAME:
        return new Reset(timestamp);
      case Shutdown.EVENT_NAME:
        return new Shutdown(timestamp);
      default:
        return new UnknownEvent(name, timestamp, Optional.empty());
    }
  }
}
