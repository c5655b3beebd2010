package dev.qmpgen.cli.visitors;

import dev.qmpgen.runtime.FailedEvent;
import dev.qmpgen.runtime.QmpEvent;
import dev.qmpgen.runtime.RawJson;
import dev.qmpgen.runtime.Timestamp;
import dev.qmpgen.runtime.UnknownEvent;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What both printers write the same way, whichever bindings decoded the event: the line (time,
 * name, details), the details of events no binding types (unknown, failed to decode, another
 * binding's), members the bindings do not list, and a VNC client and server. Each subclass
 * implements its bindings' visitor for the typed events; the visitor methods for the untyped ones
 * are inherited from here.
 */
abstract class LinePrinter {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);

  /** How the subclass's bindings are named in a line's unlisted members: {@code not in spec}. */
  private final String unlistedLabel;

  LinePrinter(String unlistedLabel) {
    this.unlistedLabel = unlistedLabel;
  }

  /** {@code 2023-11-14 22:14:55.718004 BLOCK_IO_ERROR device=virtio0 operation=write ...}. */
  public String line(QmpEvent event) {
    String details = details(event);
    return time(event.timestamp())
        + "  "
        + event.eventName()
        + (details.isEmpty() ? "" : "  " + details);
  }

  /** What the line shows after the event's name: the subclass's visitor's answer. */
  abstract String details(QmpEvent event);

  /** The timestamp as UTC date and time; QEMU's "host time unavailable" is never shown as 1969. */
  static String time(Timestamp timestamp) {
    return timestamp.toInstant().map(TIME::format).orElse("(no host time)");
  }

  /** Events of another binding's types, when this printer sees a registry composed of several. */
  public String visitOther(QmpEvent event) {
    return "(" + event.getClass().getSimpleName() + ")";
  }

  public String visitUnknown(UnknownEvent event) {
    return "(unknown to the bindings)" + event.data().map(d -> " data=" + d.json()).orElse("");
  }

  public String visitFailed(FailedEvent event) {
    return "(failed to decode: " + event.error().getMessage() + ")";
  }

  /**
   * {@code [not in spec: guest=false reason="host-qmp-quit"]}, after two spaces: what a newer QEMU
   * sent that the bindings kept without a member for it; empty when there is none.
   */
  final String unlisted(Map<String, RawJson> unknownFields) {
    if (unknownFields.isEmpty()) {
      return "";
    }
    return unknownFields.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue().json())
        .collect(Collectors.joining(" ", "  [" + unlistedLabel + ": ", "]"));
  }

  /** {@code client=127.0.0.1:58425 server=0.0.0.0:5901 auth=sasl user=luiz}. */
  static String vnc(
      String clientHost,
      String clientPort,
      String serverHost,
      String serverPort,
      Optional<String> auth,
      Optional<String> user) {
    return "client="
        + clientHost
        + ":"
        + clientPort
        + " server="
        + serverHost
        + ":"
        + serverPort
        + " auth="
        + auth.orElse("-")
        + user.filter(u -> !u.isEmpty()).map(u -> " user=" + u).orElse("");
  }
}
