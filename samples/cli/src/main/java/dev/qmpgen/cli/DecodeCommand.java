package dev.qmpgen.cli;

import dev.qmpgen.cli.visitors.VmState;
import dev.qmpgen.cli.visitors.VmStatus;
import dev.qmpgen.runtime.stream.QmpStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/** {@code decode [FILE|-]}: QMP JSON lines in, one line per typed event out. */
final class DecodeCommand implements Command {

  /** {@code --json} and {@code --bindings NAME}, which the demo takes too. */
  static final ArgumentParser OPTIONS = new ArgumentParser(Set.of("json"), Set.of(Bindings.OPTION));

  @Override
  public String name() {
    return "decode";
  }

  @Override
  public String synopsis() {
    return "decode [--json] [--bindings NAME] [FILE|-]";
  }

  @Override
  public String summary() {
    return "Decode QMP JSON lines (a capture, a log) into typed events";
  }

  @Override
  public String details() {
    return """
        Reads FILE, or standard input when FILE is - or absent, one QMP message per line
        (\\n or \\r\\n), and prints one line per event: UTC time, event name, its fields, and
        the fields QEMU sent that the bindings do not list. A greeting or a command response
        in the input is skipped. Then prints the VM state the events lead to and a count per
        event name. Events the bindings do not know are printed and counted as unknown.

        A bad line (not JSON, cut short, over the size limits, or a known event whose data
        does not match the bindings) is reported on stderr as FILE:LINE: problem, and decoding
        goes on with the next line. When stderr is a terminal (stdout may be redirected), a
        long decode shows progress there, erased before any other line is printed.

        Options:
          --json   one JSON object per event ({"source","line","event","type","time",
                   "state","cause","message"}), then {"summary":{"state","cause",...}};
                   every member is always there, null when it has no value
          --bindings NAME
                   qemu-7.2 (the default): the 52 events of QEMU 7.2, from its schema;
                   spec: the 10 events of the bundled qmp-events.txt
          --help   this text

        Exit status: 0 every line decoded, 1 some line was bad, 2 FILE cannot be read.
        """;
  }

  @Override
  public ArgumentParser parser() {
    return OPTIONS;
  }

  @Override
  public int run(Arguments arguments, CommandIo io) throws UsageException, IOException {
    String file = arguments.atMostOperands(1).operands().stream().findFirst().orElse("-");
    Bindings bindings = Bindings.of(arguments);
    String source = file.equals("-") ? "<stdin>" : file;
    long badLines;
    try (InputStream in = open(file, io)) {
      badLines = decodeLines(in, source, bindings, arguments.has("json"), io);
    } catch (IOException e) {
      throw FileInput.unreadable(source, e);
    }
    return badLines > 0 ? ExitCode.PROBLEMS_FOUND : ExitCode.OK;
  }

  /**
   * Prints every event of {@code in}, QMP JSON lines from {@code source}, as the VM state tracker
   * follows them from an unknown state, then the summary; returns how many lines were bad. The demo
   * decodes its capture this way too.
   */
  static long decodeLines(
      InputStream in, String source, Bindings bindings, boolean json, CommandIo io)
      throws IOException {
    EventReport report =
        new EventReport(bindings, bindings.tracker(VmStatus.of(VmState.UNKNOWN)), json, true, io);
    StreamFeed.feed(QmpStreamReader.of(in, bindings.registry()), source, report, Progress.on(io));
    report.printSummary();
    return report.badLines();
  }

  private static InputStream open(String file, CommandIo io) throws IOException {
    if (file.equals("-")) {
      // Not closed by us: the caller owns standard input.
      return new java.io.FilterInputStream(io.in()) {
        @Override
        public void close() {}
      };
    }
    return FileInput.open(file);
  }
}
