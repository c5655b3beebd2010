package dev.qmpgen.runtime.client;

import dev.qmpgen.runtime.RawJson;
import dev.qmpgen.runtime.stream.QmpError;
import dev.qmpgen.runtime.stream.QmpResponse;
import dev.qmpgen.runtime.stream.QmpReturn;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Commands sent and not yet answered, by the compact JSON text of their {@code id}. */
final class PendingCommands {

  private static final System.Logger LOG = System.getLogger(PendingCommands.class.getName());

  /** One command awaiting its response. */
  static final class Pending {
    final String command;
    final CompletableFuture<RawJson> future = new CompletableFuture<>();

    /**
     * Set while the command waits to be written or is being written: a timeout then means the peer
     * stopped reading.
     */
    volatile boolean writing;

    Pending(String command) {
      this.command = command;
    }
  }

  private final ConcurrentMap<String, Pending> byId = new ConcurrentHashMap<>();
  private final String name;
  private final Completions completions;

  PendingCommands(String name, Completions completions) {
    this.name = name;
    this.completions = completions;
  }

  /** Registers a command; it is forgotten as soon as its future completes, however. */
  Pending register(String id, String command) {
    Pending pending = new Pending(command);
    byId.put(id, pending);
    pending.future.whenComplete((value, error) -> byId.remove(id, pending));
    return pending;
  }

  /** Completes the command {@code response} answers; false if none awaits it. */
  boolean complete(QmpResponse response) {
    if (response.id().isEmpty()) {
      return false;
    }
    Pending pending = byId.remove(response.id().get().json());
    if (pending == null) {
      return false;
    }
    if (response instanceof QmpReturn returned) {
      LOG.log(
          Level.DEBUG,
          "{0}: <- {1} (id {2}) returned, line {3}",
          name,
          pending.command,
          response.id().get(),
          response.lineNumber());
      completions.complete(pending.future, returned.value());
    } else {
      QmpError error = (QmpError) response;
      LOG.log(
          Level.DEBUG,
          "{0}: <- {1} (id {2}) failed: {3}: {4}",
          name,
          pending.command,
          response.id().get(),
          error.errorClass(),
          error.description());
      completions.fail(
          pending.future,
          new QmpErrorException(pending.command, error.errorClass(), error.description()));
    }
    return true;
  }

  void failAll(Throwable error) {
    List<Pending> all = new ArrayList<>(byId.values());
    byId.clear();
    for (Pending pending : all) {
      completions.fail(pending.future, error);
    }
  }
}
