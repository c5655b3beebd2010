package dev.qmpgen.cli;

import java.io.IOException;

/** One subcommand of the CLI. */
interface Command {

  /** The words that select it: {@code decode}, or {@code spec dump}. */
  String name();

  /** The usage line, such as {@code decode [--json] [FILE|-]}. */
  String synopsis();

  /** What it does, in one line for the command list. */
  String summary();

  /** The rest of its {@code --help}: operands, options, output, exit status. */
  String details();

  /** The options it accepts. */
  ArgumentParser parser();

  /**
   * Runs with parsed arguments.
   *
   * @return the exit status, one of {@link ExitCode}'s
   * @throws UsageException when the arguments do not make sense together
   * @throws IOException when an input cannot be read or a peer cannot be reached
   */
  int run(Arguments arguments, CommandIo io) throws UsageException, IOException;
}
