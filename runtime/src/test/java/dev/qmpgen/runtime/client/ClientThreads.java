package dev.qmpgen.runtime.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** The threads clients start are all named {@code qmp-...}; tests check none outlive a client. */
final class ClientThreads {

  private ClientThreads() {}

  static List<String> alive() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .map(Thread::getName)
        .filter(name -> name.startsWith("qmp-"))
        .sorted()
        .toList();
  }

  /** Fails unless every client thread has ended within 10 s. */
  static void assertNoneLeft() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!alive().isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertEquals(List.of(), alive(), "client threads left behind");
  }
}
