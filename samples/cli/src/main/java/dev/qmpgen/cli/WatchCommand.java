package dev.qmpgen.cli;

import dev.qmpgen.cli.json.JsonTree;
import dev.qmpgen.cli.visitors.VmState;
import dev.qmpgen.cli.visitors.VmStatus;
import dev.qmpgen.runtime.QmpEvent;
import dev.qmpgen.runtime.RawJson;
import dev.qmpgen.runtime.client.Disconnect;
import dev.qmpgen.runtime.client.EventOverflow;
import dev.qmpgen.runtime.client.QmpClient;
import dev.qmpgen.runtime.client.QmpListener;
import dev.qmpgen.runtime.stream.QmpBadLine;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** {@code watch SOCKET|HOST:PORT}: typed events from a running QEMU, as they come. */
final class WatchCommand implements Command {

  @Override
  public String name() {
    return "watch";
  }

  @Override
  public String synopsis() {
    return "watch [--json] [--bindings NAME] SOCKET|HOST:PORT";
  }

  @Override
  public String summary() {
    return "Print a running QEMU's events as they come";
  }

  @Override
  public String details() {
    return """
        Connects to QEMU's monitor, a Unix socket path or HOST:PORT (QEMU's unix:PATH and
        tcp:HOST:PORT spellings work too), for example a QEMU started with
            -qmp unix:/tmp/qmp.sock,server=on,wait=off
        negotiates capabilities, asks query-status for the VM's state, then prints each event
        as decode does, with the VM state it leads to. Stops on Ctrl-C or when QEMU exits,
        and prints the final state and a count per event name. Connection messages go to
        stderr, events to stdout.

        Options:
          --json             events and the summary as JSON lines, as decode --json prints them
          --bindings NAME    qemu-7.2 (the default) or spec, as in decode
          --timeout SECONDS  for connecting, negotiating and query-status: more than 0 and at
                             most 86400, fractions allowed, to the millisecond (default 10)
          --help             this text

        Exit status: 0 ended by Ctrl-C or by QEMU, 1 QEMU sent lines that could not be used,
        2 QEMU could not be reached or the connection failed.
        """;
  }

  @Override
  public ArgumentParser parser() {
    return new ArgumentParser(
        Set.of("json"), Set.of(QemuConnection.TIMEOUT_OPTION, Bindings.OPTION));
  }

  // "try": Ctrl-C closes the client from the hook while the try-with-resources still holds it.
  @SuppressWarnings("try")
  @Override
  public int run(Arguments arguments, CommandIo io) throws UsageException, IOException {
    String where = QemuConnection.endpoint(arguments);
    Duration timeout = QemuConnection.timeout(arguments);
    Bindings bindings = Bindings.of(arguments);
    EventFeed feed = new EventFeed(where, io);
    try (QmpClient client = QemuConnection.open(where, bindings.registry(), timeout, feed)) {
      VmStatus initial;
      try {
        initial = queryStatus(client, timeout);
      } catch (IOException | RuntimeException e) {
        feed.start(null); // drops the events held for the report that will not come
        throw e;
      }
      io.err()
          .println(
              "Connected to QEMU "
                  + client.greeting().version()
                  + " at "
                  + where
                  + "; VM "
                  + initial
                  + ". Watching events; Ctrl-C to stop.");
      EventReport report =
          new EventReport(bindings, bindings.tracker(initial), arguments.has("json"), true, io);
      CountDownLatch summarised = new CountDownLatch(1);
      Runnable onCtrlC =
          () -> {
            client.close();
            awaitQuietly(summarised, Duration.ofSeconds(2)); // the JVM exits when this returns
          };
      Disconnect end;
      CommandIo.Registration registration = io.interrupts().onInterrupt(onCtrlC);
      try {
        feed.start(report);
        end = feed.awaitEnd();
        io.err().println("Connection ended: " + describe(end));
        report.printSummary();
      } finally {
        registration.close();
        summarised.countDown();
      }
      boolean failed =
          end.reason() != Disconnect.Reason.END_OF_STREAM
              && end.reason() != Disconnect.Reason.CLOSED;
      return failed
          ? ExitCode.USAGE_OR_IO_ERROR
          : report.badLines() > 0 ? ExitCode.PROBLEMS_FOUND : ExitCode.OK;
    }
  }

  /** query-status's {@code status} as a tracker state; the run state itself is the cause. */
  private static VmStatus queryStatus(QmpClient client, Duration timeout) throws IOException {
    RawJson reply = QemuConnection.query(client, "query-status", timeout);
    Object value = JsonTree.parse(reply.json());
    String status =
        value instanceof Map<?, ?> map && map.get("status") instanceof String s ? s : "";
    VmState state =
        switch (status) {
          case "running" -> VmState.RUNNING;
          case "shutdown" -> VmState.SHUTTING_DOWN;
          case "" -> VmState.UNKNOWN;
          default -> VmState.PAUSED; // prelaunch, paused, inmigrate, suspended, guest-panicked...
        };
    Optional<String> cause =
        state == VmState.PAUSED && !status.equals("paused")
            ? Optional.of(status)
            : Optional.empty();
    return new VmStatus(state, cause);
  }

  /**
   * What the client's full buffer cost, worded as a bad line is: {@code lines 7 to 9 not printed
   * ...}.
   */
  static String describe(EventOverflow overflow) {
    return "lines "
        + overflow.firstLineNumber()
        + " to "
        + overflow.lastLineNumber()
        + " not printed, printing fell behind: "
        + overflow.droppedEvents()
        + " events and "
        + overflow.droppedNotices()
        + " other notices dropped";
  }

  private static String describe(Disconnect end) {
    return switch (end.reason()) {
      case END_OF_STREAM -> "QEMU closed the connection";
      case CLOSED -> "stopped";
      default -> end.detail();
    };
  }

  /**
   * The client's listener: holds events until the report exists (after query-status), then feeds
   * them to it in arrival order, and tells the command when the connection ended.
   */
  private static final class EventFeed implements QmpListener {

    private final String where;
    private final CommandIo io;
    private final CompletableFuture<EventReport> report = new CompletableFuture<>();
    private final CompletableFuture<Disconnect> ended = new CompletableFuture<>();

    EventFeed(String where, CommandIo io) {
      this.where = where;
      this.io = io;
    }

    /** Releases the events held so far to {@code target}; null drops them. The first call wins. */
    void start(EventReport target) {
      report.complete(target);
    }

    @Override
    public void onEvent(QmpEvent event) {
      EventReport target = awaitStart();
      if (target != null) {
        target.event(where, 0, event);
      }
    }

    @Override
    public void onBadLine(QmpBadLine badLine) {
      EventReport target = awaitStart();
      if (target != null) {
        target.badLine(where, badLine.lineNumber(), StreamFeed.describe(badLine));
      }
    }

    @Override
    public void onOverflow(EventOverflow overflow) {
      io.err().println(where + ": " + describe(overflow));
    }

    @Override
    public void onDisconnect(Disconnect disconnect) {
      ended.complete(disconnect);
    }

    Disconnect awaitEnd() throws IOException {
      return QemuConnection.await(ended, "watch");
    }

    /**
     * The dispatcher thread waits here while query-status runs; the client buffers events
     * meanwhile.
     */
    private EventReport awaitStart() {
      try {
        return report.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      } catch (ExecutionException e) {
        return null;
      }
    }
  }

  private static void awaitQuietly(CountDownLatch latch, Duration limit) {
    try {
      latch.await(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
