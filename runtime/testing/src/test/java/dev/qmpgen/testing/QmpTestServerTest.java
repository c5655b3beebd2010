package dev.qmpgen.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server as a client sees it, over a plain socket: what QEMU would send, line by line. */
class QmpTestServerTest {

  @TempDir Path dir;

  /** A bare line client: what any QMP client library does underneath. */
  private static final class LineClient implements AutoCloseable {
    private final SocketChannel channel;
    private final BufferedReader in;
    private final Writer out;

    LineClient(QmpTestServer server) throws IOException {
      channel = SocketChannel.open(server.address());
      in =
          new BufferedReader(
              new InputStreamReader(Channels.newInputStream(channel), StandardCharsets.UTF_8));
      out = Channels.newWriter(channel, StandardCharsets.UTF_8);
    }

    String read() throws IOException {
      return in.readLine();
    }

    void write(String line) throws IOException {
      out.write(line + "\n");
      out.flush();
    }

    /** Reads the greeting and negotiates, returning the negotiation's reply. */
    String negotiate() throws IOException {
      read();
      write("{\"execute\": \"qmp_capabilities\", \"id\": 0}");
      return read();
    }

    @Override
    public void close() throws IOException {
      channel.close();
    }
  }

  @Test
  void greetsNegotiatesAndRefusesCommandsBeforeNegotiationAsQemuDoes() throws Exception {
    try (QmpTestServer server = QmpTestServer.unix(dir);
        LineClient client = new LineClient(server)) {
      assertTrue(
          client
              .read()
              .startsWith(
                  "{\"QMP\": {\"version\": {\"qemu\": {\"micro\": 22, \"minor\": 2, \"major\": 7}"));
      client.write("{\"execute\": \"query-status\", \"id\": 1}");
      assertEquals(
          "{\"error\": {\"class\": \"CommandNotFound\", \"desc\": \"Expecting capabilities negotiation with"
              + " 'qmp_capabilities'\"}, \"id\": 1}",
          client.read());
      client.write("{\"execute\": \"qmp_capabilities\", \"id\": 2}");
      assertEquals("{\"return\": {}, \"id\": 2}", client.read());
      client.write("{\"execute\": \"qmp_capabilities\", \"id\": \"again\"}");
      assertTrue(
          client
              .read()
              .startsWith(
                  "{\"error\": {\"class\": \"CommandNotFound\", \"desc\": \"Capabilities negotiation is already complete"));
    }
  }

  @Test
  void scriptedRepliesCarryTheCommandsIdAndTheEventsThatFollow() throws Exception {
    try (QmpTestServer server = QmpTestServer.tcp();
        LineClient client = new LineClient(server)) {
      server.on("stop").returns("{}").thenEvent("STOP", "{}");
      server.on("query-name").error("GenericError", "no \"name\" set");
      client.negotiate();

      client.write("{\"execute\": \"stop\", \"id\": \"s-1\"}");
      assertEquals("{\"return\": {}, \"id\": \"s-1\"}", client.read());
      assertTrue(
          client
              .read()
              .matches(
                  "\\{\"event\": \"STOP\", \"data\": \\{}, \"timestamp\": \\{\"seconds\": \\d+, \"microseconds\": \\d+}}"));
      client.write("{\"execute\": \"query-name\"}");
      assertEquals(
          "{\"error\": {\"class\": \"GenericError\", \"desc\": \"no \\\"name\\\" set\"}}",
          client.read());
    }
  }

  @Test
  void recordsWhatTheClientSentInOrder() throws Exception {
    try (QmpTestServer server = QmpTestServer.unix(dir);
        LineClient client = new LineClient(server)) {
      server.on("device_del").returns("{}");
      client.negotiate();
      client.write("{\"execute\":\"device_del\",\"arguments\":{ \"id\" : \"net0\" },\"id\":4}");
      client.read();
      client.write("not json");

      RecordedCommand deleted = server.takeCommand();
      assertEquals("device_del", deleted.execute());
      assertEquals(Optional.of("4"), deleted.id());
      assertEquals("{\"id\":\"net0\"}", deleted.arguments());
      RecordedCommand garbage = server.takeCommand();
      assertEquals("not json", garbage.line());
      assertEquals(false, garbage.isCommand());
      assertTrue(client.read().startsWith("{\"error\": {\"class\": \"GenericError\""));
      assertEquals(List.of("qmp_capabilities", "device_del", ""), server.commands());
    }
  }

  @Test
  void unscriptedCommandsWaitForTheTestToAnswer() throws Exception {
    try (QmpTestServer server = QmpTestServer.unix(dir);
        LineClient client = new LineClient(server)) {
      client.negotiate();
      client.write("{\"execute\": \"query-status\", \"id\": 9}");

      server.respond(server.nextCommand("query-status"), "{\"running\": true}");

      assertEquals("{\"return\": {\"running\": true}, \"id\": 9}", client.read());
    }
  }

  @Test
  void triggeredEventsAndRawTextGoOutWhenTheTestSays() throws Exception {
    try (QmpTestServer server = QmpTestServer.unix(dir);
        LineClient client = new LineClient(server)) {
      client.negotiate();
      server.sendEvent("SHUTDOWN", "{\"guest\": true, \"reason\": \"guest-shutdown\"}");
      server.send("{\"event\": \"RES");
      server.send("ET\"}\r\n");

      assertTrue(
          client
              .read()
              .startsWith(
                  "{\"event\": \"SHUTDOWN\", \"data\": {\"guest\": true, \"reason\": \"guest-shutdown\"}"));
      assertEquals("{\"event\": \"RESET\"}", client.read());
    }
  }

  @Test
  void faultsCloseMidLineAndDelayTheReply() throws Exception {
    try (QmpTestServer server = QmpTestServer.unix(dir);
        LineClient client = new LineClient(server)) {
      server.on("query-status").delay(Duration.ofMillis(300)).returns("{}");
      server.on("quit").closeMidLine("{\"return\": {");
      client.negotiate();

      long start = System.nanoTime();
      client.write("{\"execute\": \"query-status\"}");
      assertEquals("{\"return\": {}}", client.read());
      assertTrue(
          System.nanoTime() - start >= Duration.ofMillis(300).toNanos(),
          "the reply came before the delay");
      client.write("{\"execute\": \"quit\"}");
      assertEquals("{\"return\": {", client.read()); // the half line, then end of stream
      assertNull(client.read());
    }
  }

  @Test
  void aNewConnectionGetsANewGreetingAndNegotiation() throws Exception {
    try (QmpTestServer server = QmpTestServer.unix(dir)) {
      try (LineClient first = new LineClient(server)) {
        assertEquals("{\"return\": {}, \"id\": 0}", first.negotiate());
      }
      try (LineClient second = new LineClient(server)) {
        assertEquals("{\"return\": {}, \"id\": 0}", second.negotiate());
      }
    }
  }

  @Test
  void waitingForACommandThatNeverComesFailsTheTest() throws Exception {
    try (QmpTestServer server = QmpTestServer.unix(dir);
        LineClient client = new LineClient(server)) {
      client.negotiate();
      AssertionError nothing = assertThrows(AssertionError.class, server::takeCommand);
      assertEquals("the client sent nothing within 5 s", nothing.getMessage());
    }
  }
}
