package dev.qmpgen.cli;

import dev.qmpgen.cli.visitors.EventPrinter;
import dev.qmpgen.cli.visitors.SpecEventPrinter;
import dev.qmpgen.cli.visitors.SpecVmStateTracker;
import dev.qmpgen.cli.visitors.VmFollower;
import dev.qmpgen.cli.visitors.VmStateTracker;
import dev.qmpgen.cli.visitors.VmStatus;
import dev.qmpgen.runtime.EventRegistry;
import dev.qmpgen.runtime.QmpEvent;
import dev.qmpgen.runtime.drift.EventDescription;
import dev.qmpgen.spec.BundledSpec;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The bindings in the runtime jar the CLI decodes with, chosen by {@code --bindings}: those
 * generated from QEMU 7.2's schema (all 52 events, the default) or from the bundled spec text (10
 * events, as QEMU documented them until 2.8). Each comes with the printer and the state tracker
 * written against its visitor.
 */
enum Bindings {
  QEMU_7_2(
      "qemu-7.2",
      "dev.qmpgen.qemu",
      "qemu-7.2.json",
      dev.qmpgen.qemu.Events::registry,
      dev.qmpgen.qemu.EventDescriptions::all,
      new EventPrinter()::line,
      VmStateTracker::new),
  SPEC(
      "spec",
      "dev.qmpgen.events",
      BundledSpec.FILE_NAME,
      dev.qmpgen.events.Events::registry,
      dev.qmpgen.events.EventDescriptions::all,
      new SpecEventPrinter()::line,
      SpecVmStateTracker::new);

  /** The option that chooses, in demo, decode and watch. */
  static final String OPTION = "bindings";

  private final String optionName;
  private final String packageName;
  private final String sourceFile;
  private final Supplier<EventRegistry> registry;
  private final Supplier<List<EventDescription>> descriptions;
  private final Function<QmpEvent, String> printer;
  private final Function<VmStatus, VmFollower> trackers;

  Bindings(
      String optionName,
      String packageName,
      String sourceFile,
      Supplier<EventRegistry> registry,
      Supplier<List<EventDescription>> descriptions,
      Function<QmpEvent, String> printer,
      Function<VmStatus, VmFollower> trackers) {
    this.optionName = optionName;
    this.packageName = packageName;
    this.sourceFile = sourceFile;
    this.registry = registry;
    this.descriptions = descriptions;
    this.printer = printer;
    this.trackers = trackers;
  }

  /** The bindings {@code --bindings} names, QEMU 7.2's when it is not given. */
  static Bindings of(Arguments arguments) throws UsageException {
    String name = arguments.option(OPTION).orElse(QEMU_7_2.optionName);
    for (Bindings bindings : values()) {
      if (bindings.optionName.equals(name)) {
        return bindings;
      }
    }
    throw new UsageException(
        "unknown bindings: "
            + name
            + " (known: "
            + Arrays.stream(values()).map(b -> b.optionName).collect(Collectors.joining(", "))
            + ")");
  }

  EventRegistry registry() {
    return registry.get();
  }

  /** What the bindings say of each event's data, for check's comparison with a QEMU's schema. */
  List<EventDescription> descriptions() {
    return descriptions.get();
  }

  /** The file in the repository the bindings were generated from, as check names it. */
  String sourceFile() {
    return sourceFile;
  }

  /** The package of the generated types, as the demo names it. */
  String packageName() {
    return packageName;
  }

  /** One readable line for an event these bindings decoded. */
  String line(QmpEvent event) {
    return printer.apply(event);
  }

  /** A fresh tracker for one VM known to be in {@code initial}. */
  VmFollower tracker(VmStatus initial) {
    return trackers.apply(initial);
  }
}
