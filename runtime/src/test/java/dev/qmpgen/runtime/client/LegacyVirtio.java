package dev.qmpgen.runtime.client;

import java.util.ArrayList;
import java.util.List;

/**
 * A legacy (virtio 0.9.5) PCI device driven by {@link GuestProgram} code: its I/O BAR placed, its
 * features acknowledged, and one request put on one of its virtqueues, as a guest driver would.
 *
 * <p>Legacy layout: registers at the I/O BAR (guest features at 4, queue PFN at 8, queue select at
 * 14, queue notify at 16, status at 18); a queue of {@code size} entries at a page-aligned address
 * holds the descriptor table, then the available ring, then (on the next page for the small queues
 * used here) the used ring.
 */
record LegacyVirtio(int slot, int ioBase) {

  private static final int GUEST_FEATURES = 4;
  private static final int QUEUE_PFN = 8;
  private static final int QUEUE_SELECT = 14;
  private static final int QUEUE_NOTIFY = 16;
  private static final int STATUS = 18;
  private static final int ACKNOWLEDGE_AND_DRIVER = 0x03;

  /**
   * Places the I/O BAR, enables I/O and bus mastering (the device reads the rings by DMA), and
   * acknowledges {@code features}.
   */
  void start(GuestProgram.Code code, int features) {
    code.pciConfig(slot, 0, 0x10, ioBase, 4).pciConfig(slot, 0, 0x04, 0x5, 2);
    code.outb(ioBase + STATUS, ACKNOWLEDGE_AND_DRIVER);
    code.outl(ioBase + GUEST_FEATURES, features);
  }

  /**
   * Puts one request on queue {@code queue}: the {@code driverBuffers} for the device to read, then
   * {@code deviceBytes} for it to write (none if 0), and notifies the device.
   *
   * @param ring where the queue goes, page-aligned, below 64 KiB
   * @param buffers where the buffers go, past the ring's used ring
   */
  void submit(
      GuestProgram.Code code,
      int queue,
      int size,
      int ring,
      int buffers,
      List<byte[]> driverBuffers,
      int deviceBytes) {
    List<SplitVirtqueue.Buffer> chain = new ArrayList<>();
    int address = buffers;
    for (byte[] buffer : driverBuffers) {
      chain.add(new SplitVirtqueue.Buffer(address, buffer.length, false));
      code.poke(address, buffer);
      address += (buffer.length + 1) & ~1; // poke stores whole words
    }
    if (deviceBytes > 0) {
      chain.add(new SplitVirtqueue.Buffer(address, deviceBytes, true));
    }
    code.poke(ring, SplitVirtqueue.chain(chain));
    code.poke(ring + size * SplitVirtqueue.DESCRIPTOR_SIZE, SplitVirtqueue.chainAvailable());
    code.outw(ioBase + QUEUE_SELECT, queue)
        .outl(ioBase + QUEUE_PFN, ring >> 12)
        .outw(ioBase + QUEUE_NOTIFY, queue);
  }
}
