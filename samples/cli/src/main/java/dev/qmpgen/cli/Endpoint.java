package dev.qmpgen.cli;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Where QEMU's monitor listens, as the user writes it: a Unix socket path, {@code HOST:PORT} for
 * TCP ({@code [::1]:4444} for IPv6), or QEMU's own {@code unix:PATH} and {@code tcp:HOST:PORT}. A
 * word with a colon and no slash is TCP, so {@code localhost:qmp} is a usage error (not a port),
 * not a socket file of that name; a socket path with a colon is written with a slash ({@code
 * ./qmp:1}) or as {@code unix:qmp:1}.
 */
final class Endpoint {

  private Endpoint() {}

  static SocketAddress parse(String word) throws UsageException {
    if (word.startsWith("unix:")) {
      return unix(word.substring("unix:".length()), word);
    }
    if (word.startsWith("tcp:")) {
      return tcp(word.substring("tcp:".length()), word);
    }
    boolean looksTcp = word.indexOf(':') >= 0 && !word.contains("/");
    return looksTcp ? tcp(word, word) : unix(word, word);
  }

  private static SocketAddress unix(String path, String word) throws UsageException {
    if (path.isEmpty()) {
      throw new UsageException("no socket path in " + word);
    }
    try {
      return UnixDomainSocketAddress.of(Path.of(path));
    } catch (InvalidPathException e) {
      throw new UsageException("not a socket path: " + word);
    }
  }

  private static SocketAddress tcp(String hostPort, String word) throws UsageException {
    int colon = hostPort.lastIndexOf(':');
    if (colon <= 0) {
      throw new UsageException("expected HOST:PORT in " + word);
    }
    String host = hostPort.substring(0, colon);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    int port;
    try {
      port = Integer.parseInt(hostPort.substring(colon + 1));
    } catch (NumberFormatException e) {
      throw new UsageException(
          "not a port number in "
              + word
              + " (HOST:PORT; a socket file whose name"
              + " has a colon is written ./"
              + word
              + " or unix:"
              + word
              + ")");
    }
    if (port < 1 || port > 65535) {
      throw new UsageException("port out of range in " + word);
    }
    return InetSocketAddress.createUnresolved(host, port);
  }
}
