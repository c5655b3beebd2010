package dev.qmpgen.runtime.client;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import javax.crypto.Cipher;

/**
 * The least of a SPICE client that makes QEMU report a session: the link handshake of the main
 * channel (SpiceLinkHeader "REDQ" 2.2 and SpiceLinkMess, no capabilities, so the server takes the
 * ticket at once), the empty password encrypted with the server's RSA key (OAEP, SHA-1), and the
 * link result read back. With {@code disable-ticketing=on} any password is accepted, but it must
 * still decrypt.
 */
final class SpiceClient extends LoopbackClient {

  private static final int MAGIC = 0x51444552; // "REDQ" read as a little-endian u32
  private static final int MAJOR = 2;
  private static final int MINOR = 2;
  private static final int LINK_MESSAGE_SIZE = 18;
  private static final int PUBLIC_KEY_SIZE = 162;
  private static final int CHANNEL_MAIN = 1;

  private SpiceClient(int port) throws IOException {
    super(port);
  }

  static SpiceClient connect(int port) throws IOException {
    return new SpiceClient(port);
  }

  /** Links the main channel; returns the server's link result, 0 for success. */
  int link() throws IOException, GeneralSecurityException {
    ByteBuffer hello = little(16 + LINK_MESSAGE_SIZE);
    hello.putInt(MAGIC).putInt(MAJOR).putInt(MINOR).putInt(LINK_MESSAGE_SIZE);
    // connection_id 0 (new session), channel_type MAIN, channel_id 0, no common or channel
    // capabilities, which would start at offset 18
    hello
        .putInt(0)
        .put((byte) CHANNEL_MAIN)
        .put((byte) 0)
        .putInt(0)
        .putInt(0)
        .putInt(LINK_MESSAGE_SIZE);
    out.write(hello.array());

    ByteBuffer header = little(16);
    in.readFully(header.array());
    if (header.getInt() != MAGIC) {
      throw new IOException("not a SPICE server");
    }
    header.position(12);
    byte[] reply = new byte[header.getInt()];
    in.readFully(reply);
    int error = little(reply).getInt();
    if (error != 0) {
      return error;
    }
    PublicKey key =
        KeyFactory.getInstance("RSA")
            .generatePublic(
                new X509EncodedKeySpec(Arrays.copyOfRange(reply, 4, 4 + PUBLIC_KEY_SIZE)));
    Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPWithSHA-1AndMGF1Padding");
    rsa.init(Cipher.ENCRYPT_MODE, key);
    out.write(rsa.doFinal(new byte[] {0})); // the password "" with its terminating NUL
    byte[] result = new byte[4];
    in.readFully(result);
    return little(result).getInt();
  }

  private static ByteBuffer little(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
  }

  private static ByteBuffer little(byte[] bytes) {
    return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
  }
}
