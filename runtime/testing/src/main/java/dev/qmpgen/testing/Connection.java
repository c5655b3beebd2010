package dev.qmpgen.testing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One client's connection: writes from the server's thread and the test's, one at a time. */
final class Connection {

  private final SocketChannel channel;
  private boolean negotiated;

  Connection(SocketChannel channel) {
    this.channel = channel;
  }

  synchronized void send(String text) throws IOException {
    ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    while (bytes.hasRemaining()) {
      channel.write(bytes);
    }
  }

  /** Marks negotiation done; false if it already was. */
  synchronized boolean negotiate() {
    boolean first = !negotiated;
    negotiated = true;
    return first;
  }

  synchronized boolean negotiated() {
    return negotiated;
  }

  /**
   * Runs a scripted reply; {@code id} is the command's {@code , "id": ...} member or empty.
   *
   * @return false if the script closed the connection
   */
  boolean run(List<Reply.Step> steps, String id) throws IOException, InterruptedException {
    for (Reply.Step step : steps) {
      if (step instanceof Reply.Send send) {
        send(send.withId() ? send.text() + id + "}\r\n" : send.text());
      } else if (step instanceof Reply.Wait wait) {
        Thread.sleep(wait.duration().toMillis());
      } else {
        close();
        return false;
      }
    }
    return true;
  }

  void close() throws IOException {
    channel.close();
  }

  boolean isOpen() {
    return channel.isOpen();
  }
}
