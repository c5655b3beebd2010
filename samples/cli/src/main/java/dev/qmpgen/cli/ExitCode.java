package dev.qmpgen.cli;

/**
 * The CLI's exit statuses, shared by every subcommand, in the manner of {@code diff} and of the
 * spec parser's own command line: 0 all good, 1 the input had a problem, 2 the command could not do
 * its job.
 */
public final class ExitCode {

  /** Done, nothing wrong (spec warnings are allowed). */
  public static final int OK = 0;

  /** Done, and found a problem: a bad input line, a spec error, bindings that differ from QEMU. */
  public static final int PROBLEMS_FOUND = 1;

  /**
   * Could not do the job: bad arguments, a file that cannot be read, a QEMU that cannot be reached.
   */
  public static final int USAGE_OR_IO_ERROR = 2;

  private ExitCode() {}
}
