package dev.qmpgen.spec.cli;

import dev.qmpgen.spec.Diagnostic;
import dev.qmpgen.spec.ParseResult;
import dev.qmpgen.spec.SpecDump;
import dev.qmpgen.spec.SpecParser;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * {@code dump FILE} prints the model of a spec as JSON; {@code lint FILE} prints its diagnostics as
 * {@code FILE:LINE:COL: error|warning: message} lines. Exit status: 0 clean or warnings only, 1
 * errors, 2 usage or I/O error. {@code dump} prints the diagnostics on standard error.
 */
public final class SpecCommand {

  public static final int OK = 0;
  public static final int ERRORS = 1;
  public static final int USAGE_OR_IO = 2;

  static final String USAGE = "usage: qmpgen-spec (dump|lint) FILE";

  private SpecCommand() {}

  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    System.out.flush();
    System.exit(status);
  }

  /** Runs the command and returns its exit status, writing only to the given streams. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length != 2 || !(args[0].equals("dump") || args[0].equals("lint"))) {
      err.println(USAGE);
      return USAGE_OR_IO;
    }
    String file = args[1];
    String text;
    try {
      // Bytes that are not UTF-8 become U+FFFD instead of failing the read.
      text = new String(Files.readAllBytes(Path.of(file)), StandardCharsets.UTF_8);
    } catch (IOException | InvalidPathException e) {
      err.println(file + ": cannot read: " + e.getMessage());
      return USAGE_OR_IO;
    }
    ParseResult result = SpecParser.parse(file, text);
    PrintStream report = args[0].equals("lint") ? out : err;
    for (Diagnostic diagnostic : result.diagnostics()) {
      report.println(diagnostic);
    }
    if (args[0].equals("dump")) {
      out.print(SpecDump.toJson(result.document()));
    }
    return result.hasErrors() ? ERRORS : OK;
  }
}
