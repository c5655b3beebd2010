package dev.qmpgen.cli;

import dev.qmpgen.spec.ParseResult;
import dev.qmpgen.spec.SpecDump;
import dev.qmpgen.spec.SpecParser;
import java.io.IOException;
import java.util.Set;

/** {@code spec dump FILE}: the spec parser's model as {@link SpecDump} writes it. */
final class SpecDumpCommand implements Command {

  @Override
  public String name() {
    return "spec dump";
  }

  @Override
  public String synopsis() {
    return "spec dump FILE";
  }

  @Override
  public String summary() {
    return "Print the model of a spec text as JSON";
  }

  @Override
  public String details() {
    return """
        Parses FILE (a qmp-events.txt of any QEMU version) and prints its model as JSON on
        stdout, in the dump format README describes: {"events":[{"name","line","description",
        "since","fields":[...],"examples":[...],"notes":[...]}]}. Diagnostics go to stderr as
        FILE:LINE:COL: error|warning: message. The output is JSON already; there is no --json.

        Options:
          --help   this text

        Exit status: 0 no errors (warnings allowed), 1 errors, 2 FILE cannot be read.
        """;
  }

  @Override
  public ArgumentParser parser() {
    return new ArgumentParser(Set.of(), Set.of());
  }

  @Override
  public int run(Arguments arguments, CommandIo io) throws UsageException, IOException {
    String file = arguments.atMostOperands(1).operand(0, "FILE");
    ParseResult result = SpecParser.parse(file, FileInput.read(file));
    result.diagnostics().forEach(io.err()::println);
    io.out().print(SpecDump.toJson(result.document()));
    return result.hasErrors() ? ExitCode.PROBLEMS_FOUND : ExitCode.OK;
  }
}
