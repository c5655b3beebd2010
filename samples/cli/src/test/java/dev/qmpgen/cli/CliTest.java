package dev.qmpgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CliTest {

  @ParameterizedTest
  @ValueSource(strings = {"--help", "-h", "help"})
  void generalHelpListsEveryCommand(String word) {
    CliRun run = CliRun.run(word);

    assertEquals(0, run.status());
    for (String synopsis :
        new String[] {
          "demo [--json] [--bindings NAME]",
          "decode [--json] [--bindings NAME] [FILE|-]",
          "watch [--json] [--bindings NAME] SOCKET|HOST:PORT",
          "check [--json] [--bindings NAME | --spec FILE] SOCKET|HOST:PORT",
          "schema [-o|--output FILE] SOCKET|HOST:PORT",
          "spec dump FILE",
          "spec lint [--json] FILE"
        }) {
      assertTrue(
          run.outLines().stream().anyMatch(l -> l.startsWith("  " + synopsis)),
          synopsis + " missing from:\n" + run.out());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"demo", "decode", "watch", "check", "schema", "spec dump", "spec lint"})
  void everyCommandHasItsOwnHelp(String command) {
    String[] words = (command + " --help").split(" ");

    CliRun run = CliRun.run(words);

    assertEquals(0, run.status());
    assertTrue(run.out().startsWith("usage: qmpgen-cli " + command), run.out());
    assertTrue(run.out().contains("Exit status:"), run.out());
    assertEquals("", run.err());
  }

  @Test
  void unknownCommandIsAUsageErrorThatListsTheCommands() {
    CliRun run = CliRun.run("frobnicate");

    assertEquals(2, run.status());
    assertTrue(
        run.err()
            .startsWith(
                "qmpgen-cli: unknown command: frobnicate\nusage: qmpgen-cli [COMMAND] [OPTIONS]"),
        run.err());
  }

  private static final String SPEC_USAGE =
      "usage:\n  qmpgen-cli spec dump FILE\n  qmpgen-cli spec lint [--json] FILE\n"
          + "Try 'qmpgen-cli spec dump --help'.\n";

  @Test
  void specWithAnUnknownSubcommandIsAUsageErrorListingItsSubcommands() {
    CliRun run = CliRun.run("spec", "format");

    assertEquals(2, run.status());
    assertEquals("qmpgen-cli spec: unknown subcommand: format\n" + SPEC_USAGE, run.err());
  }

  @Test
  void specAloneIsAUsageErrorAndSpecHelpIsNot() {
    CliRun alone = CliRun.run("spec");
    assertEquals(2, alone.status());
    assertEquals("qmpgen-cli spec: missing subcommand\n" + SPEC_USAGE, alone.err());
    assertEquals("", alone.out());

    for (String help : new String[] {"--help", "-h"}) {
      CliRun run = CliRun.run("spec", help);
      assertEquals(0, run.status());
      assertEquals(SPEC_USAGE, run.out());
      assertEquals("", run.err());
    }
  }

  @Test
  void generalHelpListsEachCommandsOptionsUnderIt() {
    String overview = CliRun.run("--help").out();
    List<String> lines = overview.lines().toList();
    for (Command command : Commands.all()) {
      int at =
          lines.indexOf(
              lines.stream()
                  .filter(l -> l.startsWith("  " + command.synopsis()))
                  .findFirst()
                  .orElseThrow());
      String options = lines.get(at + 1).strip();
      if (!options.startsWith("options:")) {
        options = lines.get(at + 2).strip(); // a long synopsis puts the summary on its own line
      }
      assertEquals("options: " + String.join(", ", Cli.options(command)), options, command.name());
      assertTrue(Cli.options(command).contains("--help"), command.name());
    }
    assertTrue(
        overview.contains("options: --json, --bindings NAME, --timeout SECONDS, --help"), overview);
    assertTrue(
        overview.contains(
            "options: --bindings NAME, --spec FILE, --json, --timeout SECONDS, --help"),
        overview);
    assertTrue(overview.contains("options: --output FILE, --timeout SECONDS, --help"), overview);
  }

  @Test
  void unknownOptionIsAUsageErrorNamingTheCommand() {
    CliRun run = CliRun.run("demo", "--verbose");

    assertEquals(2, run.status());
    assertTrue(run.err().startsWith("qmpgen-cli demo: unknown option: --verbose\n"), run.err());
  }
}
