package dev.qmpgen.runtime.client;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;

/**
 * A TCP connection to a port on the loopback interface, for the display protocol clients ({@link
 * RfbClient}, {@link SpiceClient}) that make QEMU report a session. A read waits at most 5 s, so
 * that a server that says nothing fails the test instead of hanging it.
 */
abstract class LoopbackClient implements AutoCloseable {

  private final Socket socket;
  protected final DataInputStream in;
  protected final OutputStream out;

  LoopbackClient(int port) throws IOException {
    socket = new Socket(InetAddress.getLoopbackAddress(), port);
    try {
      socket.setSoTimeout(5000);
      in = new DataInputStream(socket.getInputStream());
      out = socket.getOutputStream();
    } catch (IOException e) {
      socket.close();
      throw e;
    }
  }

  /** This end's port, which QEMU names as the client's service. */
  int localPort() {
    return socket.getLocalPort();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
