package dev.qmpgen.runtime.client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A second QMP monitor of the same QEMU, read by plain socket I/O: QEMU sends every event to every
 * monitor, so this one records each event line exactly as QEMU wrote it, independent of the client
 * the test drives QEMU with, and lets the test wait for an event by name and data.
 */
final class MonitorTap implements AutoCloseable {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * The event lines a monitor received, and the QEMU version its greeting gave ({@code 7.2.22}).
   */
  record Recording(String qemuVersion, List<String> lines) {
    Recording {
      lines = List.copyOf(lines);
    }
  }

  private final SocketChannel channel;
  private final String qemuVersion;
  private final BufferedReader in;
  private final List<String> lines = new ArrayList<>();
  private final Thread reader;
  private Exception failure;
  private boolean ended;

  private MonitorTap(SocketChannel channel) throws IOException {
    this.channel = channel;
    this.in =
        new BufferedReader(
            new InputStreamReader(Channels.newInputStream(channel), StandardCharsets.UTF_8));
    String greeting = in.readLine();
    expect(greeting, "QMP");
    JsonNode version = JSON.readTree(greeting).path("QMP").path("version").path("qemu");
    this.qemuVersion =
        version.path("major").asInt()
            + "."
            + version.path("minor").asInt()
            + "."
            + version.path("micro").asInt();
    channel.write(StandardCharsets.UTF_8.encode("{\"execute\": \"qmp_capabilities\"}\n"));
    expect(in.readLine(), "return");
    this.reader = new Thread(this::read, "monitor-tap");
    reader.setDaemon(true);
    reader.start();
  }

  /** Connects to the monitor at {@code socket}, waiting up to 10 s for QEMU to listen there. */
  static MonitorTap open(Path socket) throws IOException, InterruptedException {
    SocketChannel channel = connectWhenListening(socket);
    try {
      return new MonitorTap(channel);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /**
   * Connects to the Unix socket {@code socket}, retrying for up to 10 s while nothing listens
   * there: QEMU opens a socket it was told of a moment after it starts, or after the command.
   */
  static SocketChannel connectWhenListening(Path socket) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (true) {
      try {
        return SocketChannel.open(UnixDomainSocketAddress.of(socket));
      } catch (IOException notYet) {
        if (System.nanoTime() > deadline) {
          throw notYet;
        }
        Thread.sleep(10);
      }
    }
  }

  private static void expect(String line, String member) throws IOException {
    if (line == null || !JSON.readTree(line).has(member)) {
      throw new IOException("expected a QMP message with \"" + member + "\", got " + line);
    }
  }

  private void read() {
    try {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (JSON.readTree(line).has("event")) {
          synchronized (this) {
            lines.add(line);
            notifyAll();
          }
        }
      }
    } catch (IOException | JacksonException e) {
      synchronized (this) {
        failure = e;
      }
    } finally {
      synchronized (this) {
        ended = true;
        notifyAll();
      }
    }
  }

  /** Every event line so far, as QEMU sent it (without its CR LF). */
  synchronized Recording recording() {
    return new Recording(qemuVersion, lines);
  }

  /**
   * The first event so far named {@code name} whose {@code data} matches, waiting up to {@code
   * limit}.
   */
  JsonNode await(String name, Predicate<JsonNode> data, Duration limit)
      throws InterruptedException {
    return awaitNth(name, data, 1, limit);
  }

  /** The first event named {@code name}, waiting up to {@code limit}. */
  JsonNode await(String name, Duration limit) throws InterruptedException {
    return awaitNth(name, data -> true, 1, limit);
  }

  /** The {@code n}th event named {@code name} whose data matches, waiting up to {@code limit}. */
  synchronized JsonNode awaitNth(String name, Predicate<JsonNode> data, int n, Duration limit)
      throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (true) {
      int seen = 0;
      for (String line : lines) {
        JsonNode event = tree(line);
        if (event.path("event").asString().equals(name)
            && data.test(event.path("data"))
            && ++seen == n) {
          return event;
        }
      }
      long left = deadline - System.nanoTime();
      if (left <= 0 || ended) {
        throw new AssertionError(
            "no "
                + (n > 1 ? "event #" + n + " " : "")
                + name
                + " matching within "
                + limit
                + (ended
                    ? " (the monitor closed" + (failure == null ? "" : ": " + failure) + ")"
                    : "")
                + "; events so far:\n"
                + String.join("\n", lines));
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
  }

  /** Waits (up to {@code limit}) for QEMU to close the monitor, as it does when it exits. */
  synchronized void awaitEnd(Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!ended) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("QEMU did not close the monitor within " + limit);
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
  }

  static JsonNode tree(String json) {
    return JSON.readTree(json);
  }

  @Override
  public void close() {
    try {
      channel.close();
      reader.join(5000);
    } catch (IOException e) {
      // closing a socket QEMU may already have closed: nothing to do
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
