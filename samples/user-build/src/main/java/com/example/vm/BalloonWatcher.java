package com.example.vm;

import com.example.vm.events.BalloonChange;
import com.example.vm.events.EventVisitorAdapter;
import com.example.vm.events.Reset;
import dev.qmpgen.runtime.QmpEvent;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Client code of this build's own bindings: follows the guest's memory balloon. BALLOON_CHANGE
 * exists here only because this build's spec text defines it; the bundled bindings see it as an
 * unknown event.
 */
public final class BalloonWatcher implements EventVisitorAdapter<Optional<String>> {

  private static final BigDecimal MEBIBYTE = BigDecimal.valueOf(1L << 20);

  private Optional<BigDecimal> actualBytes = Optional.empty();

  /** The balloon's last reported size in bytes, once the guest has reported one. */
  public Optional<BigDecimal> actualBytes() {
    return actualBytes;
  }

  @Override
  public Optional<String> visitBalloonChange(BalloonChange event) {
    actualBytes = Optional.of(event.actual());
    BigDecimal mebibytes =
        event.actual().divide(MEBIBYTE); // exact: a power of two always divides out
    return Optional.of(
        "guest memory balloon now " + mebibytes.stripTrailingZeros().toPlainString() + " MiB");
  }

  @Override
  public Optional<String> visitReset(Reset event) {
    // The guest's balloon driver starts over and reports again after a reset.
    actualBytes = Optional.empty();
    return Optional.of("guest reset; waiting for its balloon driver");
  }

  @Override
  public Optional<String> fallback(QmpEvent event) {
    return Optional.empty();
  }
}
