package dev.qmpgen.cli;

/** Arguments the command cannot run with; the message says what is wrong, for stderr. */
final class UsageException extends Exception {

  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
