package dev.qmpgen.cli;

import dev.qmpgen.runtime.EventRegistry;
import dev.qmpgen.runtime.RawJson;
import dev.qmpgen.runtime.client.QmpClient;
import dev.qmpgen.runtime.client.QmpClientOptions;
import dev.qmpgen.runtime.client.QmpListener;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** Connects watch, check and schema to QEMU, with errors worded for the command line. */
final class QemuConnection {

  /** The {@code --timeout} option watch, check and schema take, in seconds. */
  static final String TIMEOUT_OPTION = "timeout";

  private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  private QemuConnection() {}

  /** The {@code --timeout SECONDS} value, or 10 seconds. */
  static Duration timeout(Arguments arguments) throws UsageException {
    if (arguments.option(TIMEOUT_OPTION).isEmpty()) {
      return DEFAULT_TIMEOUT;
    }
    String value = arguments.option(TIMEOUT_OPTION).get();
    try {
      double seconds = Double.parseDouble(value);
      if (!(seconds > 0) || seconds > 86_400) {
        throw new NumberFormatException();
      }
      return Duration.ofMillis(Math.max(1, Math.round(seconds * 1000)));
    } catch (NumberFormatException e) {
      throw new UsageException(
          "--timeout needs a number of seconds more than 0 and at most 86400"
              + " (fractions allowed, to the millisecond), not "
              + value);
    }
  }

  /** The {@code SOCKET|HOST:PORT} operand: where QEMU's monitor listens. */
  static String endpoint(Arguments arguments) throws UsageException {
    return arguments.atMostOperands(1).operand(0, "SOCKET|HOST:PORT");
  }

  /**
   * Connects, reads the greeting and negotiates capabilities.
   *
   * @param where the endpoint as the user wrote it, for messages
   * @throws IOException naming {@code where} and what went wrong
   */
  static QmpClient open(
      String where, EventRegistry registry, Duration timeout, QmpListener... listeners)
      throws UsageException, IOException {
    SocketAddress address = resolve(Endpoint.parse(where), where);
    QmpClientOptions options =
        QmpClientOptions.defaults(registry).withConnectTimeout(timeout).withCommandTimeout(timeout);
    try {
      return QmpClient.connect(address, options, listeners);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while connecting to " + where, e);
    } catch (IOException e) {
      throw new IOException("cannot connect to QEMU at " + where + ": " + message(e), e);
    }
  }

  /** Runs {@code command}, which takes no arguments ({@code query-version}), for its reply. */
  static RawJson query(QmpClient client, String command, Duration timeout) throws IOException {
    return await(client.execute(command, Map.of(), timeout), command);
  }

  /** Waits for what {@code command} started, with its failure worded for the command line. */
  static <T> T await(CompletableFuture<T> future, String command) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(command + " interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      throw new IOException(
          command + " failed: " + (cause.getMessage() == null ? cause : cause.getMessage()), cause);
    }
  }

  private static SocketAddress resolve(SocketAddress address, String where) throws IOException {
    if (address instanceof InetSocketAddress inet && inet.isUnresolved()) {
      InetSocketAddress resolved = new InetSocketAddress(inet.getHostString(), inet.getPort());
      if (resolved.isUnresolved()) {
        throw new IOException(
            "cannot connect to QEMU at " + where + ": unknown host " + inet.getHostString());
      }
      return resolved;
    }
    return address;
  }

  private static String message(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
