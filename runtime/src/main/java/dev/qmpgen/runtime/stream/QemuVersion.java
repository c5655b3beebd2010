package dev.qmpgen.runtime.stream;

import java.util.Objects;

/**
 * The QEMU version from the greeting.
 *
 * @param packageName the distribution's package string ({@code "Debian 1:7.2+dfsg-7"}), empty if
 *     QEMU sent none
 */
public record QemuVersion(int major, int minor, int micro, String packageName) {

  public QemuVersion {
    Objects.requireNonNull(packageName, "packageName");
  }

  /** {@code major.minor.micro}. */
  @Override
  public String toString() {
    return major + "." + minor + "." + micro;
  }
}
