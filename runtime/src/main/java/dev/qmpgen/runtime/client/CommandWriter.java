package dev.qmpgen.runtime.client;

import dev.qmpgen.runtime.RawJson;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Sends commands: gives each its id, registers it for its response with its timeout, and hands it
 * to the writer thread, which writes commands whole in the order they were sent. A write still
 * unfinished when its command times out means the peer stopped reading, which ends the connection.
 *
 * <p>The caller never writes itself: a socket channel closes when a thread writing to it is
 * interrupted (or calls with its interrupt set), which would end the connection every thread shares
 * for one caller's interrupt; and a write blocked by a peer that stopped reading would stall the
 * caller, or, for code chained on a future, the completion thread that fires the very timeout meant
 * to end it.
 */
final class CommandWriter {

  private static final System.Logger LOG = System.getLogger(CommandWriter.class.getName());

  private final String name;
  private final SocketChannel channel;
  private final PendingCommands pending;
  private final Completions completions;
  private final Supplier<Disconnect> ended;
  private final Consumer<Disconnect> end;
  private final LongSupplier lastLineNumber;
  private final CommandEncoder encoder = new CommandEncoder();
  private final AtomicLong nextId = new AtomicLong();
  private final ThreadPoolExecutor writer;
  private volatile Thread writerThread;

  /**
   * @param ended how the connection ended, or {@code null} while it is up
   * @param end ends the connection (without discarding what listeners have not yet been told)
   */
  CommandWriter(
      String name,
      SocketChannel channel,
      PendingCommands pending,
      Completions completions,
      Supplier<Disconnect> ended,
      Consumer<Disconnect> end,
      LongSupplier lastLineNumber) {
    this.name = name;
    this.channel = channel;
    this.pending = pending;
    this.completions = completions;
    this.ended = ended;
    this.end = end;
    this.lastLineNumber = lastLineNumber;
    // One thread, started by the first command, for as long as the client lives.
    this.writer =
        new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.NANOSECONDS,
            new LinkedBlockingQueue<>(),
            task -> {
              Thread created = new Thread(task, "qmp-writer " + name);
              created.setDaemon(true);
              writerThread = created;
              return created;
            });
  }

  /**
   * @throws IllegalArgumentException if an argument value cannot be written as JSON
   */
  CompletableFuture<RawJson> send(String command, Map<String, ?> arguments, Duration timeout) {
    long id = nextId.incrementAndGet();
    byte[] line = encoder.encode(command, arguments, id);
    LOG.log(Level.DEBUG, "{0}: -> {1} (id {2})", name, command, id);
    // Arguments only at TRACE: they may hold secrets (set_password, object-add of a secret).
    LOG.log(Level.TRACE, () -> name + ": -> " + new String(line, StandardCharsets.UTF_8).strip());
    PendingCommands.Pending call = pending.register(Long.toString(id), command);
    completions.timeout(
        call.future,
        timeout,
        command + " got no response",
        () -> {
          if (call.writing) {
            end.accept(
                new Disconnect(
                    Disconnect.Reason.PEER_NOT_READING,
                    lastLineNumber.getAsLong(),
                    "could not write " + command + " within " + timeout,
                    Optional.empty()));
          }
        });
    if (failIfEnded(call.future)) {
      return call.future;
    }
    // Waiting behind another command's write counts as writing: if that write is stuck, this
    // command's own timeout must still end the wait (by closing the connection).
    call.writing = true;
    try {
      writer.execute(() -> write(call, line));
    } catch (RejectedExecutionException ended) {
      call.writing = false;
      failIfEnded(call.future); // the client ended since the check above
    }
    return call.future;
  }

  /** Writer thread: writes one command whole, or ends the connection if it cannot. */
  private void write(PendingCommands.Pending call, byte[] line) {
    try {
      ByteBuffer buffer = ByteBuffer.wrap(line);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
    } catch (IOException e) {
      end.accept(
          new Disconnect(
              Disconnect.Reason.CONNECTION_ERROR,
              lastLineNumber.getAsLong(),
              "writing " + call.command + " failed: " + e,
              Optional.of(e)));
      failIfEnded(call.future);
    } finally {
      call.writing = false;
    }
  }

  /**
   * Stops taking commands; those still queued are written (or fail at once on the closed channel).
   */
  void shutdown() {
    writer.shutdown();
  }

  /** Waits for the writer thread to end; the pool reports termination a moment before it exits. */
  void awaitTermination(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    if (writer.awaitTermination(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
      Thread worker = writerThread;
      if (worker != null) {
        TimeUnit.NANOSECONDS.timedJoin(worker, Math.max(1, deadline - System.nanoTime()));
      }
    }
  }

  /**
   * Fails {@code future} if the connection has ended: a command or wait registered after the end
   * missed the failing of everything pending, and would otherwise wait out its timeout.
   *
   * @return whether it failed the future
   */
  boolean failIfEnded(CompletableFuture<?> future) {
    Disconnect disconnect = ended.get();
    if (disconnect != null) {
      future.completeExceptionally(new QmpDisconnectedException(disconnect));
      return true;
    }
    return false;
  }
}
