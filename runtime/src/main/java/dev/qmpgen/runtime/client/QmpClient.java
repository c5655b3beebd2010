package dev.qmpgen.runtime.client;

import dev.qmpgen.runtime.QmpEvent;
import dev.qmpgen.runtime.RawJson;
import dev.qmpgen.runtime.stream.QmpGreeting;
import dev.qmpgen.runtime.stream.QmpStreamReader;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A QMP connection to QEMU over a Unix socket ({@code UnixDomainSocketAddress}) or TCP. All methods
 * are thread-safe: commands may be sent from many threads at once, each gets its own {@code id} and
 * its own response.
 *
 * <p>Four threads per client, all ended by {@link #close()} or by the connection's end: the writer
 * writes commands in the order they were sent; the reader reads and routes every line and runs no
 * user code but event-wait predicates; the dispatcher runs {@link QmpListener}s in arrival order;
 * the completion thread completes the futures this class returns (chained code runs there; do not
 * block in it) and fires their timeouts. A slow listener therefore delays neither responses nor
 * event waits, and QEMU is always read from: listeners that fall behind the bounded event buffer
 * ({@link QmpClientOptions#eventBufferCapacity()}, {@link QmpClientOptions#eventBufferBytes()})
 * lose the newest notifications, which {@link QmpListener#onOverflow} reports.
 *
 * <p>When the connection ends, pending commands and waits fail at once with a {@link
 * QmpDisconnectedException} and listeners get {@link QmpListener#onDisconnect} after the
 * notifications already buffered. Every future has a timeout.
 */
public final class QmpClient implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(QmpClient.class.getName());

  private final String name;
  private final SocketChannel channel;
  private final QmpClientOptions options;
  private final List<QmpListener> listeners;
  private final Completions completions;
  private final NotificationBuffer notifications;
  private final PendingCommands pending;
  private final EventWaiters waiters;
  private final EventStreams streams = new EventStreams();
  private final MessageRouter router;
  private final CommandWriter commands;
  private final AtomicReference<Disconnect> end = new AtomicReference<>();
  private final CompletableFuture<Disconnect> disconnected = new CompletableFuture<>();
  private final Thread readerThread;
  private final Thread dispatcherThread;
  private volatile QmpGreeting greeting;

  private QmpClient(
      SocketChannel channel, String name, QmpClientOptions options, List<QmpListener> initial) {
    this.name = name;
    this.channel = channel;
    this.options = options;
    this.listeners = new CopyOnWriteArrayList<>(initial);
    this.completions = new Completions("qmp-completions " + name);
    this.notifications =
        new NotificationBuffer(options.eventBufferCapacity(), options.eventBufferBytes(), name);
    this.pending = new PendingCommands(name, completions);
    this.waiters = new EventWaiters(completions);
    this.router = new MessageRouter(name, pending, waiters, streams, notifications, completions);
    this.commands =
        new CommandWriter(
            name,
            channel,
            pending,
            completions,
            end::get,
            d -> end(d, false),
            router::lastLineNumber);
    QmpStreamReader reader =
        new QmpStreamReader(channel, options.registry(), options.decoding(), options.limits());
    this.readerThread =
        daemon(new ReaderLoop(reader, router, d -> end(d, false)), "qmp-reader " + name);
    this.dispatcherThread =
        daemon(new Dispatcher(notifications, listeners), "qmp-dispatcher " + name);
  }

  /**
   * Connects, reads the greeting and negotiates capabilities, all within {@link
   * QmpClientOptions#connectTimeout()}. The listeners given here see every event from the first one
   * on.
   *
   * @throws SocketTimeoutException if connecting, the greeting or the negotiation took too long;
   *     without a greeting, the message says another client may hold the monitor (QEMU serves one
   *     client per QMP socket and leaves the next waiting, silent)
   * @throws QmpProtocolException if the first line that is not an event is not a valid QMP greeting
   * @throws IOException if the connection failed or ended, or negotiation was refused
   */
  public static QmpClient connect(
      SocketAddress address, QmpClientOptions options, QmpListener... listeners)
      throws IOException, InterruptedException {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(options, "options");
    long deadline = System.nanoTime() + options.connectTimeout().toNanos();
    LOG.log(Level.DEBUG, "connecting to {0}", address);
    SocketChannel channel = ChannelOpener.open(address, options.connectTimeout());
    QmpClient client = new QmpClient(channel, address.toString(), options, List.of(listeners));
    try {
      client.readerThread.start();
      client.dispatcherThread.start();
      client.greeting = GreetingWait.await(client.router.greeting(), address, options, deadline);
      Map<String, ?> enable =
          options.capabilities().isEmpty() ? Map.of() : Map.of("enable", options.capabilities());
      client
          .execute("qmp_capabilities", enable, Duration.ofNanos(Math.max(1, left(deadline))))
          .get(left(deadline) + TimeUnit.MILLISECONDS.toNanos(100), TimeUnit.NANOSECONDS);
      LOG.log(
          Level.DEBUG,
          "{0}: capabilities negotiated, enabled {1}",
          address,
          options.capabilities());
      return client;
    } catch (SocketTimeoutException e) {
      client.close();
      throw e;
    } catch (TimeoutException e) {
      client.close();
      throw negotiationTimeout(address, options);
    } catch (ExecutionException e) {
      client.close();
      if (e.getCause()
          instanceof TimeoutException) { // qmp_capabilities' own timeout, the same deadline
        throw negotiationTimeout(address, options);
      }
      throw e.getCause() instanceof IOException io
          ? io
          : new IOException(e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException | RuntimeException e) {
      client.close();
      throw e;
    }
  }

  private static SocketTimeoutException negotiationTimeout(
      SocketAddress address, QmpClientOptions options) {
    return new SocketTimeoutException(
        "no QMP greeting and negotiation from " + address + " within " + options.connectTimeout());
  }

  /** The greeting QEMU sent: its version and the capabilities it offered. */
  public QmpGreeting greeting() {
    return greeting;
  }

  /** Runs {@code command} without arguments; see {@link #execute(String, Map, Duration)}. */
  public CompletableFuture<RawJson> execute(String command) {
    return execute(command, Map.of(), options.commandTimeout());
  }

  /** Runs {@code command} without arguments; see {@link #execute(String, Map, Duration)}. */
  public CompletableFuture<RawJson> execute(String command, Duration timeout) {
    return execute(command, Map.of(), timeout);
  }

  /**
   * Runs {@code command} with the default command timeout; see {@link #execute(String, Map,
   * Duration)}.
   */
  public CompletableFuture<RawJson> execute(String command, Map<String, ?> arguments) {
    return execute(command, arguments, options.commandTimeout());
  }

  /**
   * Sends {@code command} with its own {@code id}. The future completes with the {@code return}
   * value, or fails with a {@link QmpErrorException} (QEMU's error class and description), a {@link
   * TimeoutException} after {@code timeout}, or a {@link QmpDisconnectedException}. This method
   * does not wait for the write (nor heed the caller's interrupt): the client's writer thread
   * writes commands in the order they were sent; if this one is still unwritten when the timeout
   * fires, the peer has stopped reading and the connection is closed ({@link
   * Disconnect.Reason#PEER_NOT_READING}), so the future completes within about {@code timeout}
   * whatever the peer does.
   *
   * @param arguments strings, booleans, numbers, {@link RawJson}, {@code null}, maps and
   *     collections of them
   * @param timeout how long to wait for the response; positive. A timeout over about 292 years is
   *     treated as 292 years.
   * @throws IllegalArgumentException if an argument value has another type, or {@code timeout} is
   *     not positive
   */
  public CompletableFuture<RawJson> execute(
      String command, Map<String, ?> arguments, Duration timeout) {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(arguments, "arguments");
    QmpClientOptions.requirePositive(timeout, "timeout"); // before anything is registered
    return commands.send(command, arguments, timeout);
  }

  /**
   * Waits for the first event of {@code type} that {@code match} accepts, among the events read
   * after this call: subscribe first, then send the command that causes it. Waits see every event,
   * even those the event buffer drops for slow listeners.
   *
   * <p>{@code match} runs on the reader thread as each event is read, so it must be quick and must
   * not block; if it throws, this wait fails with that exception. Cancelling the returned future
   * ends the wait.
   *
   * @param timeout positive; the future fails with a {@link TimeoutException} after it
   * @throws IllegalArgumentException if the client's registry never produces a {@code type} (such
   *     as a {@code Stop} of another catalog than the registry's): such a wait could only time out
   */
  public <E extends QmpEvent> CompletableFuture<E> awaitEvent(
      Class<E> type, Predicate<? super E> match, Duration timeout) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(match, "match");
    QmpClientOptions.requirePositive(timeout, "timeout"); // before anything is registered
    EventTypeCheck.requireProducible(options.registry(), type);
    return await(type, match, timeout, type.getSimpleName());
  }

  /** Waits for the first event named {@code eventName} read after this call. */
  public CompletableFuture<QmpEvent> awaitEvent(String eventName, Duration timeout) {
    Objects.requireNonNull(eventName, "eventName");
    return await(QmpEvent.class, event -> event.eventName().equals(eventName), timeout, eventName);
  }

  /**
   * {@link #awaitEvent(Class, Predicate, Duration)}; a timeout names the event as {@code awaited}.
   */
  private <E extends QmpEvent> CompletableFuture<E> await(
      Class<E> type, Predicate<? super E> match, Duration timeout, String awaited) {
    QmpClientOptions.requirePositive(timeout, "timeout"); // before anything is registered
    CompletableFuture<QmpEvent> any = new CompletableFuture<>();
    waiters.add(event -> type.isInstance(event) && match.test(type.cast(event)), any);
    completions.timeout(any, timeout, "no " + awaited + " event arrived", () -> {});
    commands.failIfEnded(any);
    CompletableFuture<E> typed = any.thenApply(type::cast);
    typed.whenComplete((event, error) -> any.cancel(false)); // a caller's cancel ends the wait
    return typed;
  }

  /**
   * Runs {@code command} without arguments; see {@link #executeAndAwait(String, Map, Class,
   * Duration)}.
   */
  public <E extends QmpEvent> CompletableFuture<E> executeAndAwait(
      String command, Class<E> eventType, Duration timeout) {
    return executeAndAwait(command, Map.of(), eventType, e -> true, timeout);
  }

  /**
   * Runs {@code command} and completes with the first {@code eventType} event read after the call,
   * whether it arrives before the response (QEMU sends RESUME before {@code cont} returns) or
   * after. Fails like {@link #execute(String, Map, Duration)}; {@code timeout} bounds both.
   */
  public <E extends QmpEvent> CompletableFuture<E> executeAndAwait(
      String command, Map<String, ?> arguments, Class<E> eventType, Duration timeout) {
    return executeAndAwait(command, arguments, eventType, e -> true, timeout);
  }

  /**
   * Like {@link #executeAndAwait(String, Map, Class, Duration)}, for the first event {@code match}
   * accepts, such as the {@code BLOCK_JOB_COMPLETED} of the job a command starts (match on its
   * device or job id). {@code match} runs on the reader thread; see {@link #awaitEvent(Class,
   * Predicate, Duration)}. Cancelling the returned future ends the wait.
   */
  public <E extends QmpEvent> CompletableFuture<E> executeAndAwait(
      String command,
      Map<String, ?> arguments,
      Class<E> eventType,
      Predicate<? super E> match,
      Duration timeout) {
    CompletableFuture<E> event = awaitEvent(eventType, match, timeout);
    CompletableFuture<RawJson> response;
    try {
      response = execute(command, arguments, timeout);
    } catch (RuntimeException e) {
      event.cancel(false); // nothing was sent: no wait is left behind
      throw e;
    }
    response.whenComplete(
        (value, error) -> {
          if (error != null) {
            event.completeExceptionally(error);
          }
        });
    CompletableFuture<E> both = response.thenCombine(event, (value, e) -> e);
    both.whenComplete((value, error) -> event.cancel(false));
    return both;
  }

  /**
   * Calls {@code handler} with each event of {@code type} (a generated event class, the catalog's
   * sealed interface, {@code UnknownEvent}...) from now on, on the dispatcher thread like a {@link
   * QmpListener}: {@code subscribe(Stop.class, stop -> ...)}. Close the subscription to stop.
   *
   * @throws IllegalArgumentException if the client's registry never produces a {@code type}
   */
  public <E extends QmpEvent> Subscription subscribe(Class<E> type, Consumer<? super E> handler) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(handler, "handler");
    EventTypeCheck.requireProducible(options.registry(), type);
    return subscribe(new Subscription(type, e -> true, handler, this::removeListener));
  }

  /**
   * Calls {@code handler} with each event named one of {@code eventNames}, known or not; see {@link
   * #subscribe(Class, Consumer)}.
   */
  public Subscription subscribe(Set<String> eventNames, Consumer<? super QmpEvent> handler) {
    Objects.requireNonNull(handler, "handler");
    return subscribe(
        new Subscription(
            QmpEvent.class, new NamedEvents(eventNames), handler, this::removeListener));
  }

  private Subscription subscribe(Subscription subscription) {
    addListener(subscription.listener());
    return subscription;
  }

  /**
   * Opens a stream of the events of {@code type} read from now on, for the caller to {@linkplain
   * EventStream#poll poll} at its own pace, holding at most {@code capacity} of them.
   *
   * @throws IllegalArgumentException if the client's registry never produces a {@code type}, or
   *     {@code capacity} is not positive
   */
  public <E extends QmpEvent> EventStream<E> events(Class<E> type, int capacity) {
    Objects.requireNonNull(type, "type");
    EventTypeCheck.requireProducible(options.registry(), type);
    return open(
        new EventStream<>(
            name, type, e -> true, capacity, options.eventBufferBytes(), streams::remove));
  }

  /**
   * Opens a stream of the events named one of {@code eventNames}, known or not; see {@link
   * #events(Class, int)}.
   */
  public EventStream<QmpEvent> events(Set<String> eventNames, int capacity) {
    return open(
        new EventStream<>(
            name,
            QmpEvent.class,
            new NamedEvents(eventNames),
            capacity,
            options.eventBufferBytes(),
            streams::remove));
  }

  private <E extends QmpEvent> EventStream<E> open(EventStream<E> stream) {
    streams.add(stream);
    return stream;
  }

  /**
   * Adds a listener; it is told of the notifications the dispatcher delivers from now on. Safe to
   * call from any thread, including from a listener.
   */
  public void addListener(QmpListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /** Removes a listener, if present; it may still be told of the notification being delivered. */
  public void removeListener(QmpListener listener) {
    listeners.remove(listener);
  }

  /** Completes (on the completion thread) when the connection ends, with how it ended. */
  public CompletableFuture<Disconnect> disconnected() {
    return disconnected.copy();
  }

  /** Whether the connection is still up: neither closed nor ended by the peer or an error. */
  public boolean isOpen() {
    return end.get() == null;
  }

  /**
   * Closes the connection: pending commands and waits fail, notifications not yet delivered are
   * dropped (also for listeners after the one now running, if any), listeners get {@link
   * QmpListener#onDisconnect} as their last call, and this waits (up to {@link
   * QmpClientOptions#closeTimeout()} each) for the client's threads to end. Idempotent, and safe to
   * call from a listener or from code chained on a future; it then does not wait for the thread it
   * runs on.
   */
  @Override
  public void close() {
    end(
        new Disconnect(
            Disconnect.Reason.CLOSED,
            router.lastLineNumber(),
            "closed by the client",
            Optional.empty()),
        true);
    boolean interrupted = false;
    try {
      join(readerThread);
      join(dispatcherThread);
      if (dispatcherThread.isAlive() && Thread.currentThread() != dispatcherThread) {
        dispatcherThread.interrupt(); // a listener still busy after closeTimeout
        join(dispatcherThread);
      }
      commands.awaitTermination(options.closeTimeout());
      completions.awaitTermination(options.closeTimeout());
    } catch (InterruptedException e) {
      interrupted = true;
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Ends the connection once; later calls (a close after the peer left) change nothing. */
  private void end(Disconnect disconnect, boolean discardQueued) {
    if (!end.compareAndSet(null, disconnect)) {
      if (discardQueued) {
        notifications.finish(disconnect, true);
      }
      return;
    }
    try {
      channel.close(); // also wakes the reader thread
    } catch (IOException ignored) {
      // closing is all we wanted; the disconnect already says why
    }
    QmpDisconnectedException error = new QmpDisconnectedException(disconnect);
    completions.fail(router.greeting(), error);
    pending.failAll(error);
    waiters.failAll(error);
    streams.finish(disconnect);
    completions.complete(disconnected, disconnect);
    notifications.finish(disconnect, discardQueued);
    commands.shutdown();
    completions.shutdown();
  }

  private void join(Thread thread) throws InterruptedException {
    if (thread != Thread.currentThread() && thread.getState() != Thread.State.NEW) {
      thread.join(options.closeTimeout().toMillis());
    }
  }

  private static long left(long deadline) {
    return Math.max(0, deadline - System.nanoTime());
  }

  private static Thread daemon(Runnable work, String name) {
    Thread thread = new Thread(work, name);
    thread.setDaemon(true);
    return thread;
  }
}
