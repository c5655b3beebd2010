package dev.qmpgen.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs the CLI in-process with captured streams, as a test sees it. */
record CliRun(int status, String out, String err) {

  static CliRun run(String... args) {
    return withInput("", args);
  }

  static CliRun withInput(String stdin, String... args) {
    return with(CommandIo.Interrupts.NONE, new ByteArrayOutputStream(), stdin, args);
  }

  /**
   * Runs with {@code interrupts} standing in for Ctrl-C, writing stdout into {@code out} as it
   * goes.
   */
  static CliRun with(
      CommandIo.Interrupts interrupts, ByteArrayOutputStream out, String stdin, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CommandIo io =
        new CommandIo(
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            false,
            interrupts);
    int status = Cli.standard().run(args, io);
    return new CliRun(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  List<String> outLines() {
    return out.lines().toList();
  }

  List<String> errLines() {
    return err.lines().toList();
  }
}
