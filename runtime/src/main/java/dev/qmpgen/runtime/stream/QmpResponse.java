package dev.qmpgen.runtime.stream;

import dev.qmpgen.runtime.RawJson;
import java.util.Optional;

/** A command's response: {@link QmpReturn} on success, {@link QmpError} on failure. */
public sealed interface QmpResponse extends QmpMessage permits QmpReturn, QmpError {

  /**
   * The {@code id} the command carried, echoed by QEMU as any JSON value; empty when QEMU could not
   * tell which command failed (it answers a line it cannot parse without an id).
   */
  Optional<RawJson> id();
}
