package dev.qmpgen.runtime.stream;

import java.util.List;
import java.util.Objects;

/**
 * The first line QEMU sends: {@code {"QMP": {"version": {...}, "capabilities": [...]}}}.
 *
 * @param capabilities what the server offers ({@code "oob"}), before negotiation
 */
public record QmpGreeting(long lineNumber, QemuVersion version, List<String> capabilities)
    implements QmpMessage {

  public QmpGreeting {
    Objects.requireNonNull(version, "version");
    capabilities = List.copyOf(capabilities);
  }
}
