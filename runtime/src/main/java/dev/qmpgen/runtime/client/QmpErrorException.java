package dev.qmpgen.runtime.client;

/** QEMU answered a command with {@code {"error": {"class": ..., "desc": ...}}}. */
public final class QmpErrorException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String command;
  private final String errorClass;
  private final String description;

  public QmpErrorException(String command, String errorClass, String description) {
    super(command + " failed: " + errorClass + ": " + description);
    this.command = command;
    this.errorClass = errorClass;
    this.description = description;
  }

  /** The command that failed. */
  public String command() {
    return command;
  }

  /** QEMU's error class, such as {@code GenericError} or {@code CommandNotFound}. */
  public String errorClass() {
    return errorClass;
  }

  /** QEMU's description of the error. */
  public String description() {
    return description;
  }
}
