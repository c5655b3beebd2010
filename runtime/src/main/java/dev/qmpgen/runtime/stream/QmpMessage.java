package dev.qmpgen.runtime.stream;

/**
 * One line of a QMP stream, understood: the greeting, a command response, an event, or a line that
 * could not be used.
 */
public sealed interface QmpMessage permits QmpGreeting, QmpResponse, QmpEventMessage, QmpBadLine {

  /** The line's number in the stream, counting from 1 (the greeting is line 1). */
  long lineNumber();
}
