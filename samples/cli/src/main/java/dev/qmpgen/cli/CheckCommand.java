package dev.qmpgen.cli;

import dev.qmpgen.cli.check.SpecDescriptions;
import dev.qmpgen.runtime.EventRegistry;
import dev.qmpgen.runtime.RawJson;
import dev.qmpgen.runtime.client.QmpClient;
import dev.qmpgen.runtime.drift.DriftReport;
import dev.qmpgen.runtime.drift.EventDescription;
import dev.qmpgen.runtime.drift.SchemaDrift;
import dev.qmpgen.spec.ParseResult;
import dev.qmpgen.spec.SpecParser;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * {@code check SOCKET|HOST:PORT}: asks a running QEMU which events it can send and compares them,
 * field by field, with what the bindings were generated from: QEMU 7.2's schema by default.
 */
final class CheckCommand implements Command {

  private static final String SPEC_OPTION = "spec";

  @Override
  public String name() {
    return "check";
  }

  @Override
  public String synopsis() {
    return "check [--json] [--bindings NAME | --spec FILE] SOCKET|HOST:PORT";
  }

  @Override
  public String summary() {
    return "Compare the bindings with the events a running QEMU can send";
  }

  @Override
  public String details() {
    return """
        Connects to QEMU's monitor (see watch --help for SOCKET|HOST:PORT), runs
        query-qmp-schema, and reports per event whether the bindings know it and whether
        their fields match the schema's: members QEMU sends that the bindings do not list
        (they keep them as unknown fields), members the bindings list that QEMU lacks,
        optional against required, JSON types, and enumerated values. It is the quickest way
        to see how far bindings are from the QEMU you run. By default the bindings are those
        of QEMU 7.2's schema (qemu-7.2.json): against a QEMU 7.2 every event matches.

        Options:
          --bindings NAME    qemu-7.2 (the default) or spec (the bundled qmp-events.txt)
          --spec FILE        compare this spec text instead (for a build with its own spec)
          --json             {"qemu","spec","events":[{"name","status","differences":[{"path",
                             "kind","message"}]}],"summary":{status: count}}
          --timeout SECONDS  for connecting and for query-qmp-schema: more than 0 and at
                             most 86400, fractions allowed, to the millisecond (default 10)
          --help             this text

        Exit status: 0 every event QEMU can send is known and matches, 1 some event is
        unknown to the bindings or differs, 2 QEMU could not be reached or refused the
        command, or FILE cannot be read.
        """;
  }

  @Override
  public ArgumentParser parser() {
    return new ArgumentParser(
        Set.of("json"), Set.of(SPEC_OPTION, Bindings.OPTION, QemuConnection.TIMEOUT_OPTION));
  }

  @Override
  public int run(Arguments arguments, CommandIo io) throws UsageException, IOException {
    String where = QemuConnection.endpoint(arguments);
    Duration timeout = QemuConnection.timeout(arguments);
    if (arguments.option(SPEC_OPTION).isPresent()
        && arguments.option(Bindings.OPTION).isPresent()) {
      throw new UsageException("--spec and --bindings both name what to compare: give one");
    }
    Bindings bundled = Bindings.of(arguments);
    String specFile = arguments.option(SPEC_OPTION).orElse(bundled.sourceFile());
    List<EventDescription> bindings =
        arguments.option(SPEC_OPTION).isEmpty() ? bundled.descriptions() : readSpec(specFile, io);
    String qemuVersion;
    RawJson schema;
    try (QmpClient client = QemuConnection.open(where, EventRegistry.of(), timeout)) {
      qemuVersion = client.greeting().version().toString();
      schema = QemuConnection.query(client, "query-qmp-schema", timeout);
    }
    DriftReport drift;
    try {
      drift = SchemaDrift.compare(bindings, schema);
    } catch (IllegalArgumentException e) {
      throw new IOException(
          "QEMU's reply to query-qmp-schema is not a schema: " + e.getMessage(), e);
    }
    CheckReport report = new CheckReport(qemuVersion, where, specFile, drift);
    io.out().print(arguments.has("json") ? report.json() + "\n" : report.text());
    return drift.allSentEventsMatch() ? ExitCode.OK : ExitCode.PROBLEMS_FOUND;
  }

  /** The events of another spec text, as bindings generated from it would describe them. */
  private static List<EventDescription> readSpec(String file, CommandIo io) throws IOException {
    ParseResult result = SpecParser.parse(file, FileInput.read(file));
    // Compare what parsed; errors make the comparison partial, so say so.
    result.errors().forEach(io.err()::println);
    return SpecDescriptions.of(result.document());
  }
}
