package dev.qmpgen.runtime.stream;

import dev.qmpgen.runtime.RawJson;
import java.util.Objects;
import java.util.Optional;

/**
 * A failed command, {@code {"error": {"class": CLASS, "desc": DESCRIPTION}, "id": ID}}.
 *
 * @param errorClass QEMU's error class ({@code GenericError}, {@code CommandNotFound}, ...)
 * @param description QEMU's human-readable description
 */
public record QmpError(long lineNumber, Optional<RawJson> id, String errorClass, String description)
    implements QmpResponse {

  public QmpError {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(errorClass, "errorClass");
    Objects.requireNonNull(description, "description");
  }
}
