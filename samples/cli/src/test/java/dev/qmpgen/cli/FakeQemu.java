package dev.qmpgen.cli;

import dev.qmpgen.cli.json.JsonText;
import dev.qmpgen.cli.json.JsonTree;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A QMP server on a local socket that plays QEMU 7.2 for one connection: the greeting, scripted
 * replies by command name, and scripted lines (events, garbage) after a given command's reply, then
 * optionally hangs up as a QEMU that exits would.
 */
final class FakeQemu implements AutoCloseable {

  static final String GREETING =
      "{\"QMP\": {\"version\": {\"qemu\": {\"micro\": 0, \"minor\": 2, \"major\": 7}, "
          + "\"package\": \"Debian 1:7.2+dfsg-7+deb12u7\"}, \"capabilities\": [\"oob\"]}}";

  private final ServerSocketChannel server;
  private final String address;
  private final Map<String, String> replies = new HashMap<>();
  private final Map<String, List<String>> linesAfter = new HashMap<>();
  private final List<String> commands = new CopyOnWriteArrayList<>();
  private boolean hangUpAfterLines;
  private Thread thread;

  private FakeQemu(ServerSocketChannel server, String address) {
    this.server = server;
    this.address = address;
    replies.put("qmp_capabilities", "{\"return\": {}}");
  }

  /** Listens on a Unix socket at {@code path}. */
  static FakeQemu unix(Path path) throws IOException {
    ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    server.bind(UnixDomainSocketAddress.of(path));
    return new FakeQemu(server, path.toString());
  }

  /** Listens on TCP, on a free port of the loopback address. */
  static FakeQemu tcp() throws IOException {
    ServerSocketChannel server = ServerSocketChannel.open();
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    int port = ((InetSocketAddress) server.getLocalAddress()).getPort();
    return new FakeQemu(server, "127.0.0.1:" + port);
  }

  /** Answers {@code command} with {@code {"return": json}}. */
  FakeQemu returns(String command, String json) {
    replies.put(
        command, "{\"return\": " + json.replace('\n', ' ') + "}"); // QMP is one message a line
    return this;
  }

  /** Sends {@code lines} right after the reply to {@code command}. */
  FakeQemu thenSends(String command, List<String> lines) {
    linesAfter.put(command, List.copyOf(lines));
    return this;
  }

  /** Closes the connection after the scripted lines, as a QEMU that exits. */
  FakeQemu thenHangsUp() {
    hangUpAfterLines = true;
    return this;
  }

  /** What the CLI is given to connect: the socket path or 127.0.0.1:PORT. */
  String address() {
    return address;
  }

  /** The commands received, in order. */
  List<String> commands() {
    return List.copyOf(commands);
  }

  FakeQemu start() {
    thread = new Thread(this::serve, "fake-qemu");
    thread.setDaemon(true);
    thread.start();
    return this;
  }

  private void serve() {
    try (SocketChannel client = server.accept()) {
      OutputStream out = Channels.newOutputStream(client);
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(Channels.newInputStream(client), StandardCharsets.UTF_8));
      send(out, GREETING);
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        @SuppressWarnings("unchecked")
        Map<String, Object> command = (Map<String, Object>) JsonTree.parse(line);
        String name = (String) command.get("execute");
        commands.add(name);
        send(
            out,
            withId(
                replies.getOrDefault(
                    name,
                    "{\"error\": {\"class\": \"CommandNotFound\", \"desc\": \"The command "
                        + name
                        + " has not been found\"}}"),
                command.get("id")));
        for (String after : linesAfter.getOrDefault(name, List.of())) {
          send(out, after);
        }
        if (hangUpAfterLines && linesAfter.containsKey(name)) {
          return;
        }
      }
    } catch (IOException e) {
      // the client went away or the test closed the server: nothing to report
    }
  }

  private static String withId(String reply, Object id) {
    String idJson =
        id instanceof String s ? JsonText.write(g -> g.writeString(s)) : String.valueOf(id);
    return reply.substring(0, reply.length() - 1) + ", \"id\": " + idJson + "}";
  }

  private static void send(OutputStream out, String line) throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    server.close();
    if (thread != null) {
      try {
        thread.join(5000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
