package dev.qmpgen.runtime.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The least of an RFB (VNC) client that makes QEMU report a session: the RFB 3.8 handshake with
 * security type None (RFC 6143 section 7.1-7.3), ClientInit, and ServerInit read back.
 */
final class RfbClient extends LoopbackClient {

  private static final int SECURITY_NONE = 1;

  private RfbClient(int port) throws IOException {
    super(port);
  }

  static RfbClient connect(int port) throws IOException {
    return new RfbClient(port);
  }

  /** Runs the handshake and initialisation; returns the desktop name from ServerInit. */
  String handshake() throws IOException {
    byte[] version = new byte[12];
    in.readFully(version);
    expect(
        new String(version, StandardCharsets.US_ASCII).startsWith("RFB 003."), "ProtocolVersion");
    out.write("RFB 003.008\n".getBytes(StandardCharsets.US_ASCII));
    int count = in.readUnsignedByte();
    expect(count > 0, "security types offered");
    boolean none = false;
    for (int i = 0; i < count; i++) {
      none |= in.readUnsignedByte() == SECURITY_NONE;
    }
    expect(none, "security type None offered");
    out.write(SECURITY_NONE);
    expect(in.readInt() == 0, "SecurityResult OK");
    out.write(1); // ClientInit: shared-flag
    in.readUnsignedShort(); // framebuffer width
    in.readUnsignedShort(); // framebuffer height
    in.readFully(new byte[16]); // pixel format
    byte[] name = new byte[in.readInt()];
    in.readFully(name);
    return new String(name, StandardCharsets.UTF_8);
  }

  private static void expect(boolean condition, String what) throws IOException {
    if (!condition) {
      throw new IOException("RFB handshake failed at " + what);
    }
  }
}
