package dev.qmpgen.runtime.client;

import dev.qmpgen.runtime.QmpEvent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/**
 * One-shot waits for an event, matched on the reader thread as each event is read, so a waiter
 * sees every event read after it was added, whatever the listeners and the event buffer do.
 */
final class EventWaiters {

  private record Waiter(Predicate<QmpEvent> match, CompletableFuture<QmpEvent> future) {}

  private final List<Waiter> waiters = new ArrayList<>();
  private final Completions completions;

  EventWaiters(Completions completions) {
    this.completions = completions;
  }

  synchronized void add(Predicate<QmpEvent> match, CompletableFuture<QmpEvent> future) {
    Waiter waiter = new Waiter(match, future);
    waiters.add(waiter);
    future.whenComplete((event, error) -> remove(waiter));
  }

  /** Completes, and forgets, every waiter {@code event} matches. */
  void offer(QmpEvent event) {
    List<Waiter> matched = new ArrayList<>();
    synchronized (this) {
      for (Iterator<Waiter> it = waiters.iterator(); it.hasNext(); ) {
        Waiter waiter = it.next();
        if (matches(waiter, event)) {
          matched.add(waiter);
          it.remove();
        }
      }
    }
    for (Waiter waiter : matched) {
      completions.complete(waiter.future(), event);
    }
  }

  void failAll(Throwable error) {
    List<Waiter> all;
    synchronized (this) {
      all = new ArrayList<>(waiters);
      waiters.clear();
    }
    for (Waiter waiter : all) {
      completions.fail(waiter.future(), error);
    }
  }

  private synchronized void remove(Waiter waiter) {
    waiters.remove(waiter);
  }

  private static boolean matches(Waiter waiter, QmpEvent event) {
    try {
      return waiter.match().test(event);
    } catch (RuntimeException e) {
      waiter.future().completeExceptionally(e); // a broken predicate fails its own wait only
      return false;
    }
  }
}
