package dev.qmpgen.cli.visitors;

import dev.qmpgen.cli.json.JsonText;
import dev.qmpgen.qemu.EventVisitorAdapter;
import dev.qmpgen.qemu.Events;
import dev.qmpgen.qemu.GuestPanicked;
import dev.qmpgen.qemu.KnownEvent;
import dev.qmpgen.qemu.VncClient;
import dev.qmpgen.qemu.VncConnected;
import dev.qmpgen.qemu.VncDisconnected;
import dev.qmpgen.qemu.VncInitialized;
import dev.qmpgen.qemu.VncServer;
import dev.qmpgen.runtime.QmpEvent;
import java.util.Optional;
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
public final class EventPrinter extends LinePrinter implements EventVisitorAdapter<String> {

  public EventPrinter() {
    super("not in the bindings");
  }

  @Override
  String details(QmpEvent event) {
    return visit(event);
  }

  /** Every member as the bindings encode it, strings without their quotes. */
  @Override
  public String fallback(QmpEvent event) {
    if (!(event instanceof KnownEvent known)) {
      return visitOther(event); // not reached: LinePrinter answers for the events not typed here
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
    VncServer server = event.server();
    return vnc(
            event.client().host(),
            event.client().service(),
            server.host(),
            server.service(),
            server.auth(),
            Optional.empty())
        + unlisted(event.unknownFields());
  }

  @Override
  public String visitVncInitialized(VncInitialized event) {
    return vnc(event.client(), event.server()) + unlisted(event.unknownFields());
  }

  @Override
  public String visitVncDisconnected(VncDisconnected event) {
    return vnc(event.client(), event.server()) + unlisted(event.unknownFields());
  }

  /** The event's {@code data} object as the bindings encode it; {@code {}} for an event without. */
  private static String data(KnownEvent event) {
    String data = JsonText.members(Events.registry().encode(event)).get("data");
    return data == null ? "{}" : data;
  }

  /** A client past authentication, with the SASL user it gave. */
  private static String vnc(VncClient client, VncServer server) {
    return vnc(
        client.host(),
        client.service(),
        server.host(),
        server.service(),
        server.auth(),
        client.saslUsername());
  }
}
