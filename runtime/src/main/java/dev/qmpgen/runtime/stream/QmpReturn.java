package dev.qmpgen.runtime.stream;

import dev.qmpgen.runtime.RawJson;
import java.util.Objects;
import java.util.Optional;

/**
 * A successful response, {@code {"return": VALUE, "id": ID}}.
 *
 * @param value the {@code return} value as sent ({@code {}} for most commands)
 */
public record QmpReturn(long lineNumber, Optional<RawJson> id, RawJson value)
    implements QmpResponse {

  public QmpReturn {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(value, "value");
  }
}
