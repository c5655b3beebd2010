package dev.qmpgen.cli;

import dev.qmpgen.cli.visitors.VmStateTracker;
import dev.qmpgen.runtime.DecodeException;
import dev.qmpgen.runtime.EventDecoding;
import dev.qmpgen.runtime.EventRegistry;
import dev.qmpgen.runtime.QmpEvent;
import dev.qmpgen.runtime.stream.QmpStreamReader;
import dev.qmpgen.spec.BundledSpec;
import dev.qmpgen.spec.EventSpec;
import dev.qmpgen.spec.ExampleSpec;
import dev.qmpgen.spec.SpecDocument;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * {@code demo}, the default: every example of the bundled spec, then a bundled capture shaped like
 * QEMU 7.2's traffic, through the printer and the state tracker. Needs no QEMU.
 */
final class DemoCommand implements Command {

  /** Recorded the way QEMU 7.2 sends events: timestamp first, fields the spec does not list, \r\n. */
  static final String CAPTURE = "qemu-7.2-capture.jsonl";

  @Override
  public String name() {
    return "demo";
  }

  @Override
  public String synopsis() {
    return "demo [--json]";
  }

  @Override
  public String summary() {
    return "Decode the bundled spec's examples and a QEMU 7.2 capture (the default)";
  }

  @Override
  public String details() {
    return """
        Decodes every Example: of the bundled qmp-events.txt, then a small bundled capture
        shaped like real QEMU 7.2 traffic (timestamp first, fields the 2010 spec does not
        list, WATCHDOG action inject-nmi, POWERDOWN which the spec does not define, and one
        line cut short, reported on stderr). The capture's events go through the VM state
        tracker; the demo ends with the VM's state and a count per event name.

        Options:
          --json   the events and the summary as JSON lines, as decode --json prints them
          --help   this text

        Exit status: 0.
        """;
  }

  @Override
  public ArgumentParser parser() {
    return new ArgumentParser(Set.of("json"), Set.of());
  }

  @Override
  public int run(Arguments arguments, CommandIo io) throws UsageException, IOException {
    arguments.atMostOperands(0);
    boolean json = arguments.has("json");
    EventRegistry registry = Bindings.registry();
    if (!json) {
      io.out().println("Examples of the bundled " + BundledSpec.FILE_NAME + ", decoded into dev.qmpgen.events types:");
    }
    // The examples are years apart and unrelated: they get a tracker of their own, not reported.
    EventReport examples = new EventReport(registry, new VmStateTracker(), json, false, io);
    decodeExamples(BundledSpec.parse().document(), registry, examples, io);
    if (!json) {
      io.out().println();
      io.out().println("A capture of QEMU 7.2 traffic (" + CAPTURE + "), through the VM state tracker:");
    }
    EventReport capture = new EventReport(registry, new VmStateTracker(), json, true, io);
    try (InputStream in = DemoCommand.class.getResourceAsStream(CAPTURE)) {
      if (in == null) {
        throw new IOException("resource " + CAPTURE + " is missing from the jar");
      }
      StreamFeed.feed(QmpStreamReader.of(in, registry), CAPTURE, capture, Progress.on(io));
    }
    capture.printSummary();
    return ExitCode.OK;
  }

  private static void decodeExamples(SpecDocument spec, EventRegistry registry, EventReport report, CommandIo io) {
    for (EventSpec event : spec.events()) {
      for (ExampleSpec example : event.examples()) {
        if (!example.wellFormed()) {
          report.badLine(spec.file(), example.position().line(), "the example of " + event.name() + " is not valid JSON");
          continue;
        }
        QmpEvent decoded;
        try {
          decoded = registry.decode(example.json(), EventDecoding.LENIENT);
        } catch (DecodeException e) {
          report.badLine(spec.file(), example.position().line(), "the example of " + event.name() + ": " + e.getMessage());
          continue;
        }
        report.event(spec.file(), example.position().line(), decoded);
        if (!decoded.eventName().equals(event.name()) && !report.isJson()) {
          io.out().println("    ^ the example in the " + event.name() + " section names " + decoded.eventName()
              + ": the spec text's own slip, which `spec lint` reports");
        }
      }
    }
  }
}
