package dev.qmpgen.cli;

import dev.qmpgen.cli.visitors.VmStateTracker;
import dev.qmpgen.runtime.stream.QmpStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;

/** {@code decode [FILE|-]}: QMP JSON lines in, one line per typed event out. */
final class DecodeCommand implements Command {

  @Override
  public String name() {
    return "decode";
  }

  @Override
  public String synopsis() {
    return "decode [--json] [FILE|-]";
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
        the fields QEMU sent that the spec does not list. A greeting or a command response
        in the input is skipped. Then prints the VM state the events lead to and a count per
        event name. Events the bindings do not know are printed and counted as unknown.

        A bad line (not JSON, cut short, over the size limits, or a known event whose data
        does not match the spec) is reported on stderr as FILE:LINE: problem, and decoding
        goes on with the next line. On a terminal, a long decode shows progress on stderr.

        Options:
          --json   one JSON object per event ({"source","line","event","type","time",
                   "state","message"}), then {"summary": {...}}
          --help   this text

        Exit status: 0 every line decoded, 1 some line was bad, 2 FILE cannot be read.
        """;
  }

  @Override
  public ArgumentParser parser() {
    return new ArgumentParser(Set.of("json"), Set.of());
  }

  @Override
  public int run(Arguments arguments, CommandIo io) throws UsageException, IOException {
    arguments.atMostOperands(1);
    String file = arguments.operands().isEmpty() ? "-" : arguments.operands().get(0);
    EventReport report = new EventReport(Bindings.registry(), new VmStateTracker(), arguments.has("json"), true, io);
    String source = file.equals("-") ? "<stdin>" : file;
    try (InputStream in = open(file, io)) {
      StreamFeed.feed(QmpStreamReader.of(in, Bindings.registry()), source, report, Progress.on(io));
    } catch (IOException e) {
      throw e.getMessage() != null && e.getMessage().startsWith(file + ": ")
          ? e : new IOException(source + ": cannot read: " + e.getMessage(), e);
    }
    report.printSummary();
    return report.badLines() > 0 ? ExitCode.PROBLEMS_FOUND : ExitCode.OK;
  }

  private static InputStream open(String file, CommandIo io) throws IOException {
    if (file.equals("-")) {
      // Not closed by us: the caller owns standard input.
      return new java.io.FilterInputStream(io.in()) {
        @Override
        public void close() {}
      };
    }
    try {
      return Files.newInputStream(Path.of(file));
    } catch (NoSuchFileException e) {
      throw new IOException(file + ": no such file", e);
    } catch (java.nio.file.InvalidPathException e) {
      throw new IOException(file + ": not a valid path", e);
    } catch (IOException e) {
      throw new IOException(file + ": cannot read: " + e.getMessage(), e);
    }
  }
}
