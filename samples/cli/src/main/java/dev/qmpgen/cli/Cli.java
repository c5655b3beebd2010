package dev.qmpgen.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * Picks the subcommand from the first words, parses the rest, and turns every failure into a
 * message on stderr and an exit status: nothing escapes as a stack trace.
 */
public final class Cli {

  static final String PROGRAM = "qmpgen-cli";

  private final List<Command> commands;

  Cli(List<Command> commands) {
    this.commands = List.copyOf(commands);
  }

  /** The CLI with every subcommand; {@code demo} is the default. */
  public static Cli standard() {
    return new Cli(Commands.all());
  }

  /** Runs one command line; returns the exit status. */
  public int run(String[] args, CommandIo io) {
    List<String> words = Arrays.asList(args);
    if (!words.isEmpty() && isGeneralHelp(words.get(0))) {
      io.out().print(overview());
      return ExitCode.OK;
    }
    Selection selection = select(words);
    if (selection == null && !words.isEmpty() && !group(words.get(0)).isEmpty()) {
      return groupUsage(words, io);
    }
    if (selection == null) {
      io.err()
          .println(
              PROGRAM
                  + ": unknown command: "
                  + String.join(" ", words.subList(0, Math.min(2, words.size()))));
      io.err().print(overview());
      return ExitCode.USAGE_OR_IO_ERROR;
    }
    Command command = selection.command();
    try {
      Arguments arguments = command.parser().parse(selection.rest());
      if (arguments.has("help")) {
        io.out().print(help(command));
        return ExitCode.OK;
      }
      return command.run(arguments, io);
    } catch (UsageException e) {
      io.err().println(PROGRAM + " " + command.name() + ": " + e.getMessage());
      io.err().println("usage: " + PROGRAM + " " + command.synopsis());
      io.err().println("Try '" + PROGRAM + " " + command.name() + " --help'.");
      return ExitCode.USAGE_OR_IO_ERROR;
    } catch (IOException | UncheckedIOException e) {
      io.err().println(PROGRAM + " " + command.name() + ": " + e.getMessage());
      return ExitCode.USAGE_OR_IO_ERROR;
    }
  }

  private record Selection(Command command, List<String> rest) {}

  /** The longest command name the words start with; no words, or an option first, means demo. */
  private Selection select(List<String> words) {
    if (words.isEmpty() || words.get(0).startsWith("-")) {
      return new Selection(find("demo"), words);
    }
    if (words.size() >= 2) {
      Command two = find(words.get(0) + " " + words.get(1));
      if (two != null) {
        return new Selection(two, words.subList(2, words.size()));
      }
    }
    Command one = find(words.get(0));
    return one == null ? null : new Selection(one, words.subList(1, words.size()));
  }

  /**
   * The commands named {@code word} and a second word, such as {@code spec dump}, {@code spec
   * lint}.
   */
  private List<Command> group(String word) {
    return commands.stream().filter(c -> c.name().startsWith(word + " ")).toList();
  }

  /**
   * {@code spec --help} prints the group's commands and exits 0; {@code spec} alone, or with a word
   * that names none of them, is a usage error that prints the same.
   */
  private int groupUsage(List<String> words, CommandIo io) {
    String word = words.get(0);
    StringBuilder usage = new StringBuilder("usage:\n");
    for (Command command : group(word)) {
      usage.append("  ").append(PROGRAM).append(' ').append(command.synopsis()).append('\n');
    }
    usage
        .append("Try '")
        .append(PROGRAM)
        .append(' ')
        .append(group(word).get(0).name())
        .append(" --help'.\n");
    if (words.size() == 2 && isGeneralHelp(words.get(1))) {
      io.out().print(usage);
      return ExitCode.OK;
    }
    io.err()
        .println(
            PROGRAM
                + " "
                + word
                + ": "
                + (words.size() == 1
                    ? "missing subcommand"
                    : "unknown subcommand: " + words.get(1)));
    io.err().print(usage);
    return ExitCode.USAGE_OR_IO_ERROR;
  }

  private Command find(String name) {
    return commands.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
  }

  private static boolean isGeneralHelp(String word) {
    return word.equals("help") || word.equals("--help") || word.equals("-h");
  }

  String overview() {
    StringBuilder text = new StringBuilder();
    text.append("usage: ").append(PROGRAM).append(" [COMMAND] [OPTIONS]\n\n");
    text.append(
        "Decodes QEMU Machine Protocol events into the types qmpgen generated from QEMU 7.2's schema\n");
    text.append("(or, with --bindings spec, from the bundled spec text).\n\n");
    text.append("Commands (demo when none is given):\n");
    for (Command command : commands) {
      String synopsis =
          command.synopsis().length() > 36
              ? command.synopsis() + "\n" + " ".repeat(39)
              : String.format("%-36s ", command.synopsis());
      text.append("  ").append(synopsis).append(command.summary()).append('\n');
      text.append(" ".repeat(39))
          .append("options: ")
          .append(String.join(", ", options(command)))
          .append('\n');
    }
    text.append(
        "\nEvery command takes --help. Exit status: 0 fine, 1 problems found in the input,\n");
    text.append("2 usage error, unreadable file or unreachable QEMU.\n");
    return text.toString();
  }

  /**
   * A command's options as its {@code --help} lists them ({@code --timeout SECONDS}), read from
   * that text so that the overview cannot drift from it.
   */
  static List<String> options(Command command) {
    return command
        .details()
        .lines()
        .map(String::strip)
        .filter(line -> line.startsWith("--"))
        .map(line -> line.split("\\s{2,}")[0])
        .toList();
  }

  static String help(Command command) {
    return "usage: "
        + PROGRAM
        + " "
        + command.synopsis()
        + "\n\n"
        + command.summary()
        + "\n\n"
        + command.details().strip()
        + "\n";
  }
}
