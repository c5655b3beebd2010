package dev.qmpgen.cli.visitors;

import dev.qmpgen.events.BlockIoError;
import dev.qmpgen.events.EventVisitor;
import dev.qmpgen.events.Reset;
import dev.qmpgen.events.Resume;
import dev.qmpgen.events.RtcChange;
import dev.qmpgen.events.Shutdown;
import dev.qmpgen.events.Stop;
import dev.qmpgen.events.VncClient;
import dev.qmpgen.events.VncConnected;
import dev.qmpgen.events.VncDisconnected;
import dev.qmpgen.events.VncInitialized;
import dev.qmpgen.events.VncServer;
import dev.qmpgen.events.Watchdog;
import dev.qmpgen.runtime.Enumerated;
import dev.qmpgen.runtime.QmpEvent;
import java.util.Optional;

/**
 * One readable line per event: when (UTC, to the microsecond), the event name, the fields that
 * matter, and any fields QEMU sent that the spec does not list.
 *
 * <p>It implements the whole visitor, not the adapter, on purpose: when the spec text gains an
 * event, the build fails here until the printer says how to show it. (The methods for unknown,
 * failed and other bindings' events come from {@link LinePrinter}, shared with {@link
 * EventPrinter}.)
 */
public final class SpecEventPrinter extends LinePrinter implements EventVisitor<String> {

  public SpecEventPrinter() {
    super("not in spec");
  }

  @Override
  String details(QmpEvent event) {
    return visit(event);
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

  @Override
  public String visitWatchdog(Watchdog event) {
    return "action=" + wire(event.action()) + unlisted(event.unknownFields());
  }

  /**
   * A value the spec does not list shows as sent, marked, so the reader sees the spec is behind.
   */
  private static String wire(Enumerated<?> value) {
    return value.wireName() + (value.known().isPresent() ? "" : " (not in the spec)");
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
