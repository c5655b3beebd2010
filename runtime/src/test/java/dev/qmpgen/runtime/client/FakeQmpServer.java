package dev.qmpgen.runtime.client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scripted QMP peer on a local socket: on accept it sends a greeting and answers
 * {@code qmp_capabilities} by itself; every other line the client sends is queued for the test,
 * which answers, or misbehaves, with raw bytes.
 */
final class FakeQmpServer implements AutoCloseable {

  static final String GREETING = "{\"QMP\": {\"version\": {\"qemu\": {\"micro\": 22, \"minor\": 2, \"major\": 7},"
      + " \"package\": \"fake\"}, \"capabilities\": [\"oob\"]}}\r\n";
  private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

  private final ServerSocketChannel server;
  private final SocketAddress address;
  private final String greeting;
  private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
  private final CompletableFuture<SocketChannel> accepted = new CompletableFuture<>();
  private final Thread thread;
  private volatile boolean deaf;

  private FakeQmpServer(ServerSocketChannel server, SocketAddress address, String greeting) {
    this.server = server;
    this.address = address;
    this.greeting = greeting;
    this.thread = new Thread(this::serve, "fake-qmp-server");
    thread.setDaemon(true);
    thread.start();
  }

  /** On a Unix socket in {@code dir}, greeting like QEMU 7.2. */
  static FakeQmpServer unix(Path dir) throws IOException {
    return unix(dir, GREETING);
  }

  /** On a Unix socket in {@code dir}, sending {@code greeting} (raw, with its line end) first. */
  static FakeQmpServer unix(Path dir, String greeting) throws IOException {
    UnixDomainSocketAddress address = UnixDomainSocketAddress.of(dir.resolve("fake-qmp.sock"));
    ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    server.bind(address);
    return new FakeQmpServer(server, address, greeting);
  }

  /** On TCP on the loopback interface, greeting like QEMU 7.2. */
  static FakeQmpServer tcp() throws IOException {
    ServerSocketChannel server = ServerSocketChannel.open();
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    return new FakeQmpServer(server, server.getLocalAddress(), GREETING);
  }

  SocketAddress address() {
    return address;
  }

  /** Sends raw text as UTF-8, exactly as given. */
  void send(String text) throws IOException {
    ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    SocketChannel channel = channel();
    while (bytes.hasRemaining()) {
      channel.write(bytes);
    }
  }

  /** Sends one line ending in {@code \r\n}, as QEMU does. */
  void sendLine(String json) throws IOException {
    send(json + "\r\n");
  }

  /** The next line the client sent, other than {@code qmp_capabilities}. */
  String nextLine() throws InterruptedException {
    String line = received.poll(5, TimeUnit.SECONDS);
    if (line == null) {
      throw new AssertionError("the client sent nothing within 5 s");
    }
    return line;
  }

  /** The id of the next command, checked to be {@code command}. */
  long nextCommand(String command) throws InterruptedException {
    String line = nextLine();
    if (!line.contains("\"execute\":\"" + command + "\"")) {
      throw new AssertionError("expected " + command + " but the client sent " + line);
    }
    return idOf(line);
  }

  void respond(long id, String returnValue) throws IOException {
    sendLine("{\"return\": " + returnValue + ", \"id\": " + id + "}");
  }

  /** After the handshake, reads nothing more: the client's writes back up, as with a hung QEMU. */
  FakeQmpServer deafAfterHandshake() {
    deaf = true;
    return this;
  }

  /** Closes the connection to the client, as a QEMU that exits does. */
  void disconnect() throws IOException {
    channel().close();
  }

  @Override
  public void close() throws IOException {
    server.close();
    if (accepted.isDone()) {
      channel().close();
    }
    try {
      thread.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (address instanceof UnixDomainSocketAddress unix) {
      java.nio.file.Files.deleteIfExists(unix.getPath());
    }
  }

  private SocketChannel channel() throws IOException {
    try {
      return accepted.get(5, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IOException("no client connected", e);
    }
  }

  private void serve() {
    try (SocketChannel channel = server.accept()) {
      accepted.complete(channel);
      send(greeting);
      BufferedReader in = new BufferedReader(
          new InputStreamReader(Channels.newInputStream(channel), StandardCharsets.UTF_8));
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.contains("\"execute\":\"qmp_capabilities\"")) {
          respond(idOf(line), "{}");
          if (deaf) {
            awaitClose(channel);
            return;
          }
        } else {
          received.add(line);
        }
      }
    } catch (IOException e) {
      accepted.completeExceptionally(e); // closed by the test: the thread just ends
    }
  }

  private static void awaitClose(SocketChannel channel) {
    while (channel.isOpen()) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private static long idOf(String line) {
    Matcher matcher = ID.matcher(line);
    if (!matcher.find()) {
      throw new AssertionError("no numeric id in " + line);
    }
    return Long.parseLong(matcher.group(1));
  }

  static Duration seconds(long seconds) {
    return Duration.ofSeconds(seconds);
  }
}
