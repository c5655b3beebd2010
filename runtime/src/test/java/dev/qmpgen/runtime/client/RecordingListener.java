package dev.qmpgen.runtime.client;

import dev.qmpgen.runtime.QmpEvent;
import dev.qmpgen.runtime.stream.QmpBadLine;
import dev.qmpgen.runtime.stream.QmpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Remembers everything a listener is told, in order, with the thread it was told on. */
final class RecordingListener implements QmpListener {

  final List<Object> all = new CopyOnWriteArrayList<>();
  final List<QmpEvent> events = new CopyOnWriteArrayList<>();
  final List<QmpBadLine> badLines = new CopyOnWriteArrayList<>();
  final List<QmpResponse> unmatched = new CopyOnWriteArrayList<>();
  final List<EventOverflow> overflows = new CopyOnWriteArrayList<>();
  final List<String> threads = new CopyOnWriteArrayList<>();
  final CompletableFuture<Disconnect> disconnect = new CompletableFuture<>();

  @Override
  public void onEvent(QmpEvent event) {
    record(event);
    events.add(event);
  }

  @Override
  public void onBadLine(QmpBadLine badLine) {
    record(badLine);
    badLines.add(badLine);
  }

  @Override
  public void onUnmatchedResponse(QmpResponse response) {
    record(response);
    unmatched.add(response);
  }

  @Override
  public void onOverflow(EventOverflow overflow) {
    record(overflow);
    overflows.add(overflow);
  }

  @Override
  public void onDisconnect(Disconnect disconnect) {
    record(disconnect);
    this.disconnect.complete(disconnect);
  }

  Disconnect awaitDisconnect() throws Exception {
    return disconnect.get(5, TimeUnit.SECONDS);
  }

  private void record(Object notification) {
    all.add(notification);
    threads.add(Thread.currentThread().getName());
  }

  /** Waits up to 10 s for {@code condition}. */
  static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(5);
    }
  }
}
