package dev.qmpgen.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A scripted QMP peer on a local socket, for testing code that talks to QEMU without a QEMU. On
 * each connection it sends a greeting, answers {@code qmp_capabilities} (and refuses other commands
 * before it, as QEMU does), runs the {@link Reply} scripted for each command, and records every
 * line the client sends. Commands without a script wait for the test to answer with {@link
 * #respond(long, String)}.
 *
 * <pre>{@code
 * try (QmpTestServer qemu = QmpTestServer.tcp()) {
 *   qemu.on("stop").returns("{}").thenEvent("STOP", "{}");
 *   try (QmpClient client = QmpClient.connect(qemu.address(), options, listener)) {
 *     client.execute("stop", Map.of(), Duration.ofSeconds(5)).get();
 *   }
 *   assertEquals("stop", qemu.takeCommand().execute());
 * }
 * }</pre>
 *
 * One client at a time, like QEMU's monitor; a new connection after the first ends gets a new
 * greeting and negotiation. Every wait of the test on the server times out after {@link #TIMEOUT}.
 */
public final class QmpTestServer implements AutoCloseable {

  /** How long {@link #takeCommand()} and the other waits wait before failing the test. */
  public static final Duration TIMEOUT = Duration.ofSeconds(5);

  /** QEMU 7.2's greeting, the default. */
  public static final String GREETING = QmpJson.greeting(7, 2, 22);

  private final ServerSocketChannel server;
  private final SocketAddress address;
  private final String greeting;
  private final Map<String, Reply> replies = new ConcurrentHashMap<>();
  private final BlockingQueue<RecordedCommand> received = new LinkedBlockingQueue<>();
  private final List<String> commandNames = new CopyOnWriteArrayList<>();
  private final Connections connections;
  private volatile boolean deaf;

  private QmpTestServer(ServerSocketChannel server, SocketAddress address, String greeting) {
    this.server = server;
    this.address = address;
    this.greeting = greeting;
    this.connections = new Connections(server, this::greeting, this::handle);
  }

  /** On TCP on the loopback interface, on a free port, greeting like QEMU 7.2. */
  public static QmpTestServer tcp() throws IOException {
    return tcp(GREETING);
  }

  /** On TCP on the loopback interface, sending {@code greeting} (raw, with its line end) first. */
  public static QmpTestServer tcp(String greeting) throws IOException {
    ServerSocketChannel server = ServerSocketChannel.open();
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    return new QmpTestServer(server, server.getLocalAddress(), greeting).start();
  }

  /**
   * On a Unix socket {@code qmp.sock} in {@code dir} (a JUnit {@code @TempDir}), greeting like QEMU
   * 7.2.
   */
  public static QmpTestServer unix(Path dir) throws IOException {
    return unix(dir, GREETING);
  }

  /**
   * On a Unix socket in {@code dir}, sending {@code greeting} (raw, with its line end) first;
   * {@code ""} sends none, and anything after the first line arrives before negotiation.
   */
  public static QmpTestServer unix(Path dir, String greeting) throws IOException {
    UnixDomainSocketAddress address = UnixDomainSocketAddress.of(dir.resolve("qmp.sock"));
    ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    server.bind(address);
    return new QmpTestServer(server, address, greeting).start();
  }

  private QmpTestServer start() {
    connections.start();
    return this;
  }

  /** Where clients connect: a {@code UnixDomainSocketAddress} or an {@code InetSocketAddress}. */
  public SocketAddress address() {
    return address;
  }

  /** Scripts the reply to every {@code command} the client sends from now on. */
  public Reply on(String command) {
    Reply reply = new Reply();
    replies.put(Objects.requireNonNull(command, "command"), reply);
    return reply;
  }

  /** Sends an event now, timestamped now: {@code sendEvent("SHUTDOWN", "{\"guest\": true}")}. */
  public void sendEvent(String name, String dataJson) throws IOException {
    send(QmpJson.event(name, dataJson));
  }

  /** Sends one line, {@code \r\n} added, as QEMU ends its lines. */
  public void sendLine(String json) throws IOException {
    send(json + "\r\n");
  }

  /** Sends raw text as UTF-8, exactly as given: half a line, garbage, several lines at once. */
  public void send(String text) throws IOException {
    connections.current().send(text);
  }

  /** Answers a command the test took itself: {@code {"return": JSON, "id": id}}. */
  public void respond(long id, String returnJson) throws IOException {
    sendLine("{\"return\": " + returnJson + ", \"id\": " + id + "}");
  }

  /** The next command the client sent after negotiating (scripted or not), in order. */
  public RecordedCommand takeCommand() throws InterruptedException {
    RecordedCommand command = received.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    if (command == null) {
      throw new AssertionError("the client sent nothing within " + TIMEOUT.toSeconds() + " s");
    }
    return command;
  }

  /** The next line the client sent after negotiating, as text. */
  public String nextLine() throws InterruptedException {
    return takeCommand().line();
  }

  /**
   * The id of the next command, checked to be {@code command}: for answering it with {@link
   * #respond}.
   */
  public long nextCommand(String command) throws InterruptedException {
    RecordedCommand next = takeCommand();
    if (!next.execute().equals(command)) {
      throw new AssertionError("expected " + command + " but the client sent " + next.line());
    }
    return next.numericId();
  }

  /** The names of every command received so far, {@code qmp_capabilities} included, in order. */
  public List<String> commands() {
    return List.copyOf(commandNames);
  }

  /** After negotiation, reads nothing more: the client's writes back up, as with a hung QEMU. */
  public QmpTestServer deafAfterHandshake() {
    deaf = true;
    return this;
  }

  /** Closes the connection to the client, as a QEMU that exits does. */
  public void disconnect() throws IOException {
    connections.current().close();
  }

  @Override
  public void close() throws IOException {
    connections.close();
    if (address instanceof UnixDomainSocketAddress unix) {
      Files.deleteIfExists(unix.getPath());
    }
  }

  private String greeting() {
    return greeting;
  }

  /** Runs on the server's thread for each line; returns false to stop reading this connection. */
  private boolean handle(Connection connection, String line)
      throws IOException, InterruptedException {
    RecordedCommand command = RecordedCommand.parse(line);
    commandNames.add(command.execute());
    String id = command.id().map(value -> ", \"id\": " + value).orElse("");
    if (!command.isCommand()) {
      received.add(command);
      connection.send(
          "{\"error\": {\"class\": \"GenericError\", \"desc\": \"Invalid JSON syntax\"}"
              + id
              + "}\r\n");
      return true;
    }
    if (command.execute().equals("qmp_capabilities")) {
      connection.send(
          connection.negotiate()
              ? "{\"return\": {}" + id + "}\r\n"
              : "{\"error\": {\"class\": \"CommandNotFound\", \"desc\": \"Capabilities negotiation is already complete, command ignored\"}"
                  + id
                  + "}\r\n");
      return !deaf;
    }
    received.add(command);
    if (!connection.negotiated()) {
      connection.send(
          "{\"error\": {\"class\": \"CommandNotFound\", \"desc\": \"Expecting capabilities negotiation with 'qmp_capabilities'\"}"
              + id
              + "}\r\n");
      return true;
    }
    Reply reply = replies.get(command.execute());
    if (reply != null) {
      return connection.run(reply.steps(), id);
    }
    return true; // the test answers it
  }
}
