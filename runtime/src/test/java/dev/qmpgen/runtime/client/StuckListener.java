package dev.qmpgen.runtime.client;

import dev.qmpgen.runtime.QmpEvent;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A listener that stops at its first event until {@link #release()}: one that no longer keeps up,
 * behind which the client's buffers fill. It gives up after 60 s, so that a failing test cannot
 * hang the build.
 */
final class StuckListener implements QmpListener {

  private final CountDownLatch release = new CountDownLatch(1);

  @Override
  public void onEvent(QmpEvent event) {
    try {
      release.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Lets this and every later event through. */
  void release() {
    release.countDown();
  }
}
