package dev.qmpgen.runtime.client;

import dev.qmpgen.runtime.QmpEvent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/**
 * One-shot waits for an event, matched on the reader thread as each event is read, so a waiter sees
 * every event read after it was added, whatever the listeners and the event buffer do.
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

  /**
   * Completes, and forgets, every waiter {@code event} matches; a waiter whose predicate throws
   * fails with that exception. Futures are completed on the completion thread, never here, since
   * completing one runs its callbacks, which may call back into this class.
   */
  void offer(QmpEvent event) {
    List<Runnable> outcomes;
    synchronized (this) {
      if (waiters.isEmpty()) {
        return; // the usual case, on every event read: nothing to allocate
      }
      outcomes = new ArrayList<>();
      for (Iterator<Waiter> it = waiters.iterator(); it.hasNext(); ) {
        Waiter waiter = it.next();
        try {
          if (waiter.match().test(event)) {
            it.remove();
            outcomes.add(() -> completions.complete(waiter.future(), event));
          }
        } catch (RuntimeException e) {
          it.remove(); // a broken predicate fails its own wait only
          outcomes.add(() -> completions.fail(waiter.future(), e));
        }
      }
    }
    outcomes.forEach(Runnable::run);
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
}
