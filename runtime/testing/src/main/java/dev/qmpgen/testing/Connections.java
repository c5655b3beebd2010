package dev.qmpgen.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/** Accepts clients one after the other on the server's thread and reads each one's lines. */
final class Connections {

  /** What the server does with one line; false stops reading the connection (left open). */
  interface LineHandler {
    boolean handle(Connection connection, String line) throws IOException, InterruptedException;
  }

  private final ServerSocketChannel server;
  private final Supplier<String> greeting;
  private final LineHandler handler;
  private final Thread thread;
  private volatile CompletableFuture<Connection> current = new CompletableFuture<>();

  Connections(ServerSocketChannel server, Supplier<String> greeting, LineHandler handler) {
    this.server = server;
    this.greeting = greeting;
    this.handler = handler;
    this.thread = new Thread(this::serve, "qmpgen-test-server");
    thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  /** The connection being served, waiting for a client to connect if none has yet. */
  Connection current() throws IOException {
    try {
      return current.get(QmpTestServer.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted waiting for a client", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IOException(
          "no client connected within " + QmpTestServer.TIMEOUT.toSeconds() + " s", e);
    }
  }

  void close() throws IOException {
    server.close();
    CompletableFuture<Connection> last = current;
    if (last.isDone() && !last.isCompletedExceptionally()) {
      last.join().close();
    }
    thread.interrupt();
    try {
      thread.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void serve() {
    while (server.isOpen()) {
      SocketChannel channel;
      try {
        channel = server.accept();
      } catch (IOException e) {
        current.completeExceptionally(e); // closed by the test
        return;
      }
      Connection connection = new Connection(channel);
      if (current.isDone()) {
        current = new CompletableFuture<>();
      }
      current.complete(connection);
      serve(connection, channel);
    }
  }

  private void serve(Connection connection, SocketChannel channel) {
    try (channel) {
      connection.send(greeting.get());
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(Channels.newInputStream(channel), StandardCharsets.UTF_8));
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!handler.handle(connection, line)) {
          awaitClose(connection);
          return;
        }
      }
    } catch (ClosedChannelException e) {
      // closed by the test or by a script: wait for the next client
    } catch (IOException e) {
      // the client went away: wait for the next one
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A connection the server stopped reading stays open until the test or the client closes it. */
  private static void awaitClose(Connection connection) throws InterruptedException {
    while (connection.isOpen()) {
      Thread.sleep(10);
    }
  }
}
