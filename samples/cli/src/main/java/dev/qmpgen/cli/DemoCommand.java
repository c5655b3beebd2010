package dev.qmpgen.cli;

import dev.qmpgen.cli.visitors.VmState;
import dev.qmpgen.cli.visitors.VmStatus;
import dev.qmpgen.runtime.DecodeException;
import dev.qmpgen.runtime.EventDecoding;
import dev.qmpgen.runtime.EventRegistry;
import dev.qmpgen.runtime.QmpEvent;
import dev.qmpgen.spec.BundledSpec;
import dev.qmpgen.spec.EventSpec;
import dev.qmpgen.spec.ExampleSpec;
import dev.qmpgen.spec.SpecDocument;
import java.io.IOException;
import java.io.InputStream;

/**
 * {@code demo}, the default: every example of the bundled spec, decoded by the spec's bindings,
 * then a bundled capture of QEMU 7.2's traffic, decoded by the bindings {@code --bindings} names
 * (QEMU 7.2's by default), through the printer and the state tracker. Needs no QEMU.
 */
final class DemoCommand implements Command {

  /**
   * QEMU 7.2's traffic as it sends it (timestamp first, \r\n), events recorded from the installed
   * QEMU among them: a block job, a stream netdev, a tray, a device_del.
   */
  static final String CAPTURE = "qemu-7.2-capture.jsonl";

  @Override
  public String name() {
    return "demo";
  }

  @Override
  public String synopsis() {
    return "demo [--json] [--bindings NAME]";
  }

  @Override
  public String summary() {
    return "Decode the bundled spec's examples and a QEMU 7.2 capture (the default)";
  }

  @Override
  public String details() {
    return """
        Decodes every Example: of the bundled qmp-events.txt with the spec's bindings, then
        a small bundled capture of QEMU 7.2 traffic (an I/O error that pauses the VM, a
        mirror job's JOB_STATUS_CHANGE and BLOCK_JOB_* events, a stream netdev's union-typed
        address, tray and device_del events, a watchdog reset, POWERDOWN, SHUTDOWN, and one
        line cut short, reported on stderr). With the default bindings every event of the
        capture is typed; with --bindings spec most are unknown, and the 2010 spec's events
        show the members QEMU added since as fields it does not list. The capture's events
        go through the VM state tracker; the demo ends with the VM's state and a count per
        event name.

        Options:
          --json   the events and the summary as JSON lines, as decode --json prints them
          --bindings NAME
                   for the capture: qemu-7.2 (the default) or spec, as in decode
          --help   this text

        Exit status: 0.
        """;
  }

  @Override
  public ArgumentParser parser() {
    return DecodeCommand.OPTIONS;
  }

  @Override
  public int run(Arguments arguments, CommandIo io) throws UsageException, IOException {
    arguments.atMostOperands(0);
    boolean json = arguments.has("json");
    Bindings bindings = Bindings.of(arguments);
    // The spec's examples are decoded by the bindings generated from that spec.
    Bindings spec = Bindings.SPEC;
    if (!json) {
      io.out()
          .println(
              "Examples of the bundled "
                  + BundledSpec.FILE_NAME
                  + ", decoded into "
                  + spec.packageName()
                  + " types:");
    }
    // The examples are years apart and unrelated: they get a tracker of their own, not reported.
    EventReport examples =
        new EventReport(spec, spec.tracker(VmStatus.of(VmState.UNKNOWN)), json, false, io);
    decodeExamples(BundledSpec.parse().document(), spec.registry(), examples, io);
    if (!json) {
      io.out().println();
      io.out()
          .println(
              "A capture of QEMU 7.2 traffic ("
                  + CAPTURE
                  + "), decoded into "
                  + bindings.packageName()
                  + " types, through the VM state tracker:");
    }
    try (InputStream in = DemoCommand.class.getResourceAsStream(CAPTURE)) {
      if (in == null) {
        throw new IOException("resource " + CAPTURE + " is missing from the jar");
      }
      // Its one line cut short is there to be reported: the demo still succeeds.
      DecodeCommand.decodeLines(in, CAPTURE, bindings, json, io);
    }
    return ExitCode.OK;
  }

  private static void decodeExamples(
      SpecDocument spec, EventRegistry registry, EventReport report, CommandIo io) {
    for (EventSpec event : spec.events()) {
      for (ExampleSpec example : event.examples()) {
        if (!example.wellFormed()) {
          report.badLine(
              spec.file(),
              example.position().line(),
              "the example of " + event.name() + " is not valid JSON");
          continue;
        }
        QmpEvent decoded;
        try {
          decoded = registry.decode(example.json(), EventDecoding.LENIENT);
        } catch (DecodeException e) {
          report.badLine(
              spec.file(),
              example.position().line(),
              "the example of " + event.name() + ": " + e.getMessage());
          continue;
        }
        report.event(spec.file(), example.position().line(), decoded);
        if (!decoded.eventName().equals(event.name()) && !report.isJson()) {
          io.out()
              .println(
                  "    ^ the example in the "
                      + event.name()
                      + " section names "
                      + decoded.eventName()
                      + ": the spec text's own slip, which `spec lint` reports");
        }
      }
    }
  }
}
