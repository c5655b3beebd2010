package dev.qmpgen.cli.visitors;

import dev.qmpgen.events.BlockIoError;
import dev.qmpgen.events.EventVisitor;
import dev.qmpgen.events.Reset;
import dev.qmpgen.events.Resume;
import dev.qmpgen.events.RtcChange;
import dev.qmpgen.events.Shutdown;
import dev.qmpgen.events.Stop;
import dev.qmpgen.events.VncConnected;
import dev.qmpgen.events.VncDisconnected;
import dev.qmpgen.events.VncInitialized;
import dev.qmpgen.events.Watchdog;
import dev.qmpgen.runtime.Enumerated;
import dev.qmpgen.runtime.FailedEvent;
import dev.qmpgen.runtime.QmpEvent;
import dev.qmpgen.runtime.RawJson;
import dev.qmpgen.runtime.Timestamp;
import dev.qmpgen.runtime.UnknownEvent;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One readable line per event: when (UTC, to the microsecond), the event name, the fields that
 * matter, and any fields QEMU sent that the spec does not list.
 *
 * <p>It implements the whole visitor, not the adapter, on purpose: when the spec text gains an
 * event, the build fails here until the printer says how to show it.
 */
public final class SpecEventPrinter implements EventVisitor<String> {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);
  private static final String NO_TIME = "(no host time)             ";

  /** {@code 2023-11-14 22:14:55.718004 BLOCK_IO_ERROR device=virtio0 operation=write ...}. */
  public String line(QmpEvent event) {
    String details = visit(event);
    return time(event.timestamp())
        + "  "
        + event.eventName()
        + (details.isEmpty() ? "" : "  " + details);
  }

  /** The timestamp as UTC date and time; QEMU's "host time unavailable" is never shown as 1969. */
  public static String time(Timestamp timestamp) {
    return timestamp.toInstant().map(TIME::format).orElse(NO_TIME.strip());
  }

  @Override
  public String visitBlockIoError(BlockIoError event) {
    return "device="
        + event.device()
        + " operation="
        + wire(event.operation())
        + " action="
        + wire(event.action())
        + unlisted(event.unknownFields());
  }

  @Override
  public String visitReset(Reset event) {
    return unlisted(event.unknownFields()).strip();
  }

  @Override
  public String visitResume(Resume event) {
    return unlisted(event.unknownFields()).strip();
  }

  @Override
  public String visitRtcChange(RtcChange event) {
    return "offset=" + event.offset() + "s" + unlisted(event.unknownFields());
  }

  @Override
  public String visitShutdown(Shutdown event) {
    return unlisted(event.unknownFields()).strip();
  }

  @Override
  public String visitStop(Stop event) {
    return unlisted(event.unknownFields()).strip();
  }

  @Override
  public String visitVncConnected(VncConnected event) {
    return vnc(
            event.client().host(),
            event.client().service(),
            event.server().host(),
            event.server().service(),
            event.server().auth().orElse("-"),
            "")
        + unlisted(event.unknownFields());
  }

  @Override
  public String visitVncInitialized(VncInitialized event) {
    return vnc(
            event.client().host(),
            event.client().service(),
            event.server().host(),
            event.server().service(),
            event.server().auth().orElse("-"),
            event.client().saslUsername().orElse(""))
        + unlisted(event.unknownFields());
  }

  @Override
  public String visitVncDisconnected(VncDisconnected event) {
    return vnc(
            event.client().host(),
            event.client().service(),
            event.server().host(),
            event.server().service(),
            event.server().auth().orElse("-"),
            event.client().saslUsername().orElse(""))
        + unlisted(event.unknownFields());
  }

  @Override
  public String visitWatchdog(Watchdog event) {
    return "action=" + wire(event.action()) + unlisted(event.unknownFields());
  }

  /** Events of another binding's types, when this printer sees a registry composed of several. */
  @Override
  public String visitOther(QmpEvent event) {
    return "(" + event.getClass().getSimpleName() + ")";
  }

  @Override
  public String visitUnknown(UnknownEvent event) {
    return "(unknown to the bindings)" + event.data().map(d -> " data=" + d.json()).orElse("");
  }

  @Override
  public String visitFailed(FailedEvent event) {
    return "(failed to decode: " + event.error().getMessage() + ")";
  }

  /**
   * A value the spec does not list shows as sent, marked, so the reader sees the spec is behind.
   */
  private static String wire(Enumerated<?> value) {
    return value.wireName() + (value.known().isPresent() ? "" : " (not in the spec)");
  }

  private static String vnc(
      String clientHost,
      String clientPort,
      String serverHost,
      String serverPort,
      String auth,
      String user) {
    return "client="
        + clientHost
        + ":"
        + clientPort
        + " server="
        + serverHost
        + ":"
        + serverPort
        + " auth="
        + auth
        + (user.isEmpty() ? "" : " user=" + user);
  }

  /**
   * {@code [not in spec: guest=false reason=host-qmp-quit]}: what the bindings kept without a field
   * for it.
   */
  private static String unlisted(Map<String, RawJson> unknownFields) {
    if (unknownFields.isEmpty()) {
      return "";
    }
    return unknownFields.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue().json())
        .collect(Collectors.joining(" ", "  [not in spec: ", "]"));
  }
}
