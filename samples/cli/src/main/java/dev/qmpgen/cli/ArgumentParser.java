package dev.qmpgen.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits a subcommand's words into flags, options with values and operands, GNU style: {@code
 * --json}, {@code --spec FILE} or {@code --spec=FILE}, {@code -h} for {@code --help}, a short name
 * a subcommand gives an option ({@code -o FILE} for {@code --output FILE}), {@code --} ending the
 * options, and a lone {@code -} meaning standard input.
 */
final class ArgumentParser {

  private final Set<String> flags;
  private final Set<String> valuedOptions;
  private final Map<String, String> shortNames;

  /**
   * @param flags the switches the subcommand accepts, without dashes; {@code help} is always
   *     accepted
   * @param valuedOptions the options that take a value, without dashes
   */
  ArgumentParser(Set<String> flags, Set<String> valuedOptions) {
    this(flags, valuedOptions, Map.of());
  }

  /**
   * @param shortNames a short name, with its dash, for some of {@code valuedOptions}: {@code -o} →
   *     {@code output}
   */
  ArgumentParser(Set<String> flags, Set<String> valuedOptions, Map<String, String> shortNames) {
    Set<String> all = new HashSet<>(flags);
    all.add("help");
    this.flags = Set.copyOf(all);
    this.valuedOptions = Set.copyOf(valuedOptions);
    this.shortNames = Map.copyOf(shortNames);
  }

  Arguments parse(List<String> words) throws UsageException {
    Set<String> givenFlags = new HashSet<>();
    Map<String, String> givenOptions = new HashMap<>();
    List<String> operands = new ArrayList<>();
    boolean optionsEnded = false;
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (optionsEnded || word.equals("-") || !word.startsWith("-")) {
        operands.add(word);
      } else if (word.equals("--")) {
        optionsEnded = true;
      } else if (word.equals("-h")) {
        givenFlags.add("help");
      } else if (shortNames.containsKey(word)) {
        if (i + 1 == words.size()) {
          throw new UsageException("option " + word + " needs a value");
        }
        putOption(givenOptions, shortNames.get(word), words.get(++i));
      } else if (!word.startsWith("--")) {
        throw new UsageException("unknown option: " + word);
      } else {
        String name = word.substring(2);
        int equals = name.indexOf('=');
        if (equals >= 0) {
          putOption(givenOptions, name.substring(0, equals), name.substring(equals + 1));
        } else if (valuedOptions.contains(name)) {
          if (i + 1 == words.size()) {
            throw new UsageException("option --" + name + " needs a value");
          }
          putOption(givenOptions, name, words.get(++i));
        } else if (flags.contains(name)) {
          givenFlags.add(name);
        } else {
          throw new UsageException("unknown option: " + word);
        }
      }
    }
    return new Arguments(givenFlags, givenOptions, operands);
  }

  private void putOption(Map<String, String> given, String name, String value)
      throws UsageException {
    if (!valuedOptions.contains(name)) {
      throw new UsageException(
          flags.contains(name)
              ? "option --" + name + " takes no value"
              : "unknown option: --" + name);
    }
    if (given.putIfAbsent(name, value) != null) {
      throw new UsageException("option --" + name + " given twice");
    }
  }
}
