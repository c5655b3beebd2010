package dev.qmpgen.cli.visitors;

import dev.qmpgen.cli.json.JsonText;
import dev.qmpgen.qemu.EventVisitorAdapter;
import dev.qmpgen.qemu.Events;
import dev.qmpgen.qemu.GuestPanicked;
import dev.qmpgen.qemu.KnownEvent;
import dev.qmpgen.qemu.VncConnected;
import dev.qmpgen.qemu.VncDisconnected;
import dev.qmpgen.qemu.VncInitialized;
import dev.qmpgen.qemu.VncServer;
import dev.qmpgen.runtime.FailedEvent;
import dev.qmpgen.runtime.QmpEvent;
import dev.qmpgen.runtime.RawJson;
import dev.qmpgen.runtime.UnknownEvent;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One readable line per event of the bundled QEMU 7.2 bindings ({@code dev.qmpgen.qemu}): when
 * (UTC, to the microsecond), the event name, and its members.
 *
 * <p>Unlike {@link SpecEventPrinter} it extends the adapter: 52 events are too many to spell out
 * one by one, and every member of a typed event is worth showing. The fallback shows each member as
 * {@code name=value} in the order the bindings encode them; events whose data nests objects (VNC, a
 * panic's union-typed {@code info}) get a line of their own. Members QEMU sent that the bindings do
 * not list are shown apart, so a reader sees the bindings are behind.
 */
public final class EventPrinter implements EventVisitorAdapter<String> {

  /** {@code 2023-11-14 22:14:55.718004 JOB_STATUS_CHANGE status=running id=mirror}. */
  public String line(QmpEvent event) {
    String details = visit(event);
    return SpecEventPrinter.time(event.timestamp())
        + "  "
        + event.eventName()
        + (details.isEmpty() ? "" : "  " + details);
  }

  /** Every member as the bindings encode it, strings without their quotes. */
  @Override
  public String fallback(QmpEvent event) {
    if (!(event instanceof KnownEvent known)) {
      return "("
          + event.getClass().getSimpleName()
          + ")"; // another binding's event, in a composed registry
    }
    return JsonText.members(data(known)).entrySet().stream()
            .filter(member -> !known.unknownFields().containsKey(member.getKey()))
            .map(
                member ->
                    member.getKey()
                        + "="
                        + (member.getValue().isEmpty() ? "\"\"" : member.getValue()))
            .collect(Collectors.joining(" "))
        + unlisted(known.unknownFields());
  }

  @Override
  public String visitGuestPanicked(GuestPanicked event) {
    return "action="
        + event.action().wireName()
        + event.info().map(info -> " info=" + info.type().wireName()).orElse("")
        + unlisted(event.unknownFields());
  }

  @Override
  public String visitVncConnected(VncConnected event) {
    return vnc(event.client().host(), event.client().service(), event.server(), "")
        + unlisted(event.unknownFields());
  }

  @Override
  public String visitVncInitialized(VncInitialized event) {
    return vnc(
            event.client().host(),
            event.client().service(),
            event.server(),
            event.client().saslUsername().orElse(""))
        + unlisted(event.unknownFields());
  }

  @Override
  public String visitVncDisconnected(VncDisconnected event) {
    return vnc(
            event.client().host(),
            event.client().service(),
            event.server(),
            event.client().saslUsername().orElse(""))
        + unlisted(event.unknownFields());
  }

  @Override
  public String visitUnknown(UnknownEvent event) {
    return "(unknown to the bindings)" + event.data().map(d -> " data=" + d.json()).orElse("");
  }

  @Override
  public String visitFailed(FailedEvent event) {
    return "(failed to decode: " + event.error().getMessage() + ")";
  }

  /** The event's {@code data} object as the bindings encode it; {@code {}} for an event without. */
  private static String data(KnownEvent event) {
    String data = JsonText.members(Events.registry().encode(event)).get("data");
    return data == null ? "{}" : data;
  }

  private static String vnc(String clientHost, String clientPort, VncServer server, String user) {
    return "client="
        + clientHost
        + ":"
        + clientPort
        + " server="
        + server.host()
        + ":"
        + server.service()
        + " auth="
        + server.auth().orElse("-")
        + (user.isEmpty() ? "" : " user=" + user);
  }

  /**
   * {@code [not in the bindings: x=1]}: what a newer QEMU sent that the bindings kept without a
   * member.
   */
  private static String unlisted(Map<String, RawJson> unknownFields) {
    if (unknownFields.isEmpty()) {
      return "";
    }
    return unknownFields.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue().json())
        .collect(Collectors.joining(" ", "  [not in the bindings: ", "]"));
  }
}
