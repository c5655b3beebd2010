package dev.qmpgen.runtime.client;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * What legacy and modern virtio devices share of a split virtqueue (virtio 1.0 section 2.6): the
 * descriptor table of one chain of buffers, and an available ring offering that chain. Where the
 * queue goes, and how the device learns of it, is each transport's own ({@link LegacyVirtio},
 * {@link ModernVirtio}).
 */
final class SplitVirtqueue {

  static final int DESCRIPTOR_SIZE = 16;
  private static final int NEXT = 1;
  private static final int WRITE = 2;

  private SplitVirtqueue() {}

  /** A buffer of a chain: the driver's, for the device to read, or one for the device to write. */
  record Buffer(int address, int length, boolean deviceWrites) {}

  /** The descriptors of one chain, descriptor 0 its head, each linked by NEXT to the one after. */
  static byte[] chain(List<Buffer> buffers) {
    ByteBuffer table =
        ByteBuffer.allocate(buffers.size() * DESCRIPTOR_SIZE).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < buffers.size(); i++) {
      Buffer buffer = buffers.get(i);
      boolean more = i < buffers.size() - 1;
      table
          .putLong(buffer.address())
          .putInt(buffer.length())
          .putShort((short) ((buffer.deviceWrites() ? WRITE : 0) | (more ? NEXT : 0)))
          .putShort((short) (more ? i + 1 : 0));
    }
    return table.array();
  }

  /** The available ring offering the chain at descriptor 0: flags 0, idx 1, ring[0] = 0. */
  static byte[] chainAvailable() {
    return new byte[] {0, 0, 1, 0, 0, 0};
  }
}
