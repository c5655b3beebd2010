package dev.qmpgen.cli;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words after a subcommand's name, sorted out.
 *
 * @param flags the switches given, without their dashes ({@code json}, {@code help})
 * @param options the options given with a value ({@code spec} → {@code my-events.txt})
 * @param operands everything else, in order; {@code -} (standard input) is an operand
 */
record Arguments(Set<String> flags, Map<String, String> options, List<String> operands) {

  Arguments {
    flags = Set.copyOf(flags);
    options = Map.copyOf(options);
    operands = List.copyOf(operands);
  }

  boolean has(String flag) {
    return flags.contains(flag);
  }

  Optional<String> option(String name) {
    return Optional.ofNullable(options.get(name));
  }

  /** The operand at {@code index}, or a usage error naming what was expected there. */
  String operand(int index, String what) throws UsageException {
    if (index >= operands.size()) {
      throw new UsageException("missing " + what);
    }
    return operands.get(index);
  }

  /** A usage error when more than {@code max} operands were given. */
  Arguments atMostOperands(int max) throws UsageException {
    if (operands.size() > max) {
      throw new UsageException("unexpected argument: " + operands.get(max));
    }
    return this;
  }
}
