package dev.qmpgen.runtime.client;

import java.util.List;

/**
 * A modern (virtio 1.0) PCI device driven by {@link GuestProgram} code. Its 64-bit BAR 4 holds
 * QEMU's capability regions (common configuration at 0, notifications at 3000h, four bytes per
 * queue); real-mode code reaches it only below 1 MiB, so the BAR goes in the i440FX's A0000h-BFFFFh
 * window, which shows PCI memory while SMRAM is closed.
 */
record ModernVirtio(int slot, int bar) {

  // struct virtio_pci_common_cfg
  private static final int DRIVER_FEATURE_SELECT = 0x08;
  private static final int DRIVER_FEATURE = 0x0C;
  private static final int DEVICE_STATUS = 0x14;
  private static final int QUEUE_ENABLE = 0x1C;
  private static final int QUEUE_DESC = 0x20;
  private static final int QUEUE_DRIVER = 0x28;
  private static final int QUEUE_DEVICE = 0x30;
  private static final int NOTIFY = 0x3000;
  private static final int ACKNOWLEDGE_DRIVER = 0x03;
  private static final int FEATURES_OK = 0x08;
  private static final int DRIVER_OK = 0x04;

  /** Places BAR 4 (low half at 20h, high at 24h), enables memory decoding and bus mastering. */
  void place(GuestProgram.Code code) {
    code.pciConfig(slot, 0, 0x20, bar, 4)
        .pciConfig(slot, 0, 0x24, 0, 4)
        .pciConfig(slot, 0, 0x04, 0x6, 2);
    code.storeLong(bar + DEVICE_STATUS, ACKNOWLEDGE_DRIVER);
  }

  /**
   * Writes the driver's features: the low 32 bits, then the high 32 (bit 32 is VIRTIO_F_VERSION_1).
   */
  void acceptFeatures(GuestProgram.Code code, int low, int high) {
    code.storeLong(bar + DRIVER_FEATURE_SELECT, 0).storeLong(bar + DRIVER_FEATURE, low);
    code.storeLong(bar + DRIVER_FEATURE_SELECT, 1).storeLong(bar + DRIVER_FEATURE, high);
  }

  /**
   * Sets FEATURES_OK, sets up queue 0 at {@code ring} (descriptors, then the available ring at
   * +800h, the used ring at +1000h), puts one request on it (the device reads {@code request} at
   * {@code buffers}, then writes up to {@code replyBytes} after it), sets DRIVER_OK and notifies.
   */
  void submitOnQueue0(
      GuestProgram.Code code, int ring, int buffers, byte[] request, int replyBytes) {
    code.storeLong(bar + DEVICE_STATUS, ACKNOWLEDGE_DRIVER | FEATURES_OK);
    int reply = buffers + ((request.length + 0xFF) & ~0xFF);
    byte[] descriptors =
        SplitVirtqueue.chain(
            List.of(
                new SplitVirtqueue.Buffer(buffers, request.length, false),
                new SplitVirtqueue.Buffer(reply, replyBytes, true)));
    code.poke(buffers, request).poke(ring, descriptors);
    int available = ring + 0x800;
    int used = ring + 0x1000;
    code.poke(available, SplitVirtqueue.chainAvailable());
    code.storeLong(bar + QUEUE_DESC, ring).storeLong(bar + QUEUE_DESC + 4, 0);
    code.storeLong(bar + QUEUE_DRIVER, available).storeLong(bar + QUEUE_DRIVER + 4, 0);
    code.storeLong(bar + QUEUE_DEVICE, used).storeLong(bar + QUEUE_DEVICE + 4, 0);
    code.storeLong(bar + QUEUE_ENABLE, 1);
    code.storeLong(bar + DEVICE_STATUS, ACKNOWLEDGE_DRIVER | FEATURES_OK | DRIVER_OK);
    code.storeLong(bar + NOTIFY, 0);
  }
}
