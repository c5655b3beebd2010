package dev.qmpgen.runtime;

/**
 * An asynchronous event sent by QEMU's monitor: its wire name and when QEMU emitted it.
 *
 * <p>Generated bindings give each spec a sealed subtype of this interface with one implementation
 * per event; {@link UnknownEvent} and {@link FailedEvent} stand for what no binding could decode.
 */
public interface QmpEvent {

  /** The event name exactly as on the wire, such as {@code BLOCK_IO_ERROR}. */
  String eventName();

  /** When QEMU emitted the event. */
  Timestamp timestamp();
}
