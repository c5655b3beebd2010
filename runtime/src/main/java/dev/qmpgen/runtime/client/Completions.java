package dev.qmpgen.runtime.client;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The client's completion thread: completes command and event futures, so that code chained on them
 * never runs on (and never stalls) the reader thread, and fires their timeouts.
 */
final class Completions {

  private final ScheduledThreadPoolExecutor executor;
  private volatile Thread thread;

  Completions(String threadName) {
    executor =
        new ScheduledThreadPoolExecutor(
            1,
            task -> {
              Thread created = new Thread(task, threadName);
              created.setDaemon(true);
              thread = created;
              return created;
            });
    executor.setRemoveOnCancelPolicy(true);
    // Once shut down only hand-offs already queued still run; pending timeouts are moot by then.
    executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
  }

  <T> void complete(CompletableFuture<T> future, T value) {
    run(() -> future.complete(value));
  }

  void fail(CompletableFuture<?> future, Throwable error) {
    run(() -> future.completeExceptionally(error));
  }

  /**
   * Fails {@code future} with a {@link TimeoutException} after {@code timeout} unless it completes
   * first; then runs {@code onTimeout}.
   */
  void timeout(CompletableFuture<?> future, Duration timeout, String what, Runnable onTimeout) {
    try {
      ScheduledFuture<?> task =
          executor.schedule(
              () -> {
                if (future.completeExceptionally(
                    new TimeoutException(what + " within " + timeout))) {
                  onTimeout.run();
                }
              },
              saturatedNanos(timeout),
              TimeUnit.NANOSECONDS);
      future.whenComplete((value, error) -> task.cancel(false));
    } catch (RejectedExecutionException closed) {
      // The client has ended; whoever ended it fails the future.
    }
  }

  /** {@link Duration#toNanos()} overflows past about 292 years; such a timeout means "never". */
  private static long saturatedNanos(Duration timeout) {
    try {
      return timeout.toNanos();
    } catch (ArithmeticException tooLong) {
      return Long.MAX_VALUE;
    }
  }

  void shutdown() {
    executor.shutdown();
  }

  /**
   * Waits for the thread to end, unless called on it (from code chained on a future). The pool
   * reports termination a moment before its thread exits, so the thread itself is joined too.
   */
  boolean awaitTermination(Duration timeout) throws InterruptedException {
    Thread worker = thread;
    if (Thread.currentThread() == worker) {
      return false;
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    if (!executor.awaitTermination(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
      return false;
    }
    if (worker != null) {
      TimeUnit.NANOSECONDS.timedJoin(worker, Math.max(1, deadline - System.nanoTime()));
      return !worker.isAlive();
    }
    return true;
  }

  private void run(Runnable completion) {
    try {
      executor.execute(completion);
    } catch (RejectedExecutionException closed) {
      completion.run(); // after shutdown: complete here rather than never
    }
  }
}
