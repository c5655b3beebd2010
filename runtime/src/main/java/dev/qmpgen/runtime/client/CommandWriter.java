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
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Sends commands: gives each its id, registers it for its response with its timeout, and writes it
 * on the calling thread, one command at a time. A write still unfinished when its command times out
 * means the peer stopped reading, which ends the connection.
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
  private final Object writeLock = new Object();

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
    // Waiting for another command's write counts as writing: if that write is stuck, this
    // command's own timeout must still end the wait (by closing the connection).
    call.writing = true;
    try {
      synchronized (writeLock) {
        ByteBuffer buffer = ByteBuffer.wrap(line);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
      }
    } catch (IOException e) {
      end.accept(
          new Disconnect(
              Disconnect.Reason.CONNECTION_ERROR,
              lastLineNumber.getAsLong(),
              "writing " + command + " failed: " + e,
              Optional.of(e)));
      failIfEnded(call.future);
    } finally {
      call.writing = false;
    }
    return call.future;
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
