package dev.qmpgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CliTest {

  @ParameterizedTest
  @ValueSource(strings = {"--help", "-h", "help"})
  void generalHelpListsEveryCommand(String word) {
    CliRun run = CliRun.run(word);

    assertEquals(0, run.status());
    for (String synopsis : new String[] {"demo [--json]", "decode [--json] [FILE|-]", "watch [--json] SOCKET|HOST:PORT",
        "check [--json] [--spec FILE] SOCKET|HOST:PORT", "spec dump FILE", "spec lint [--json] FILE"}) {
      assertTrue(run.outLines().stream().anyMatch(l -> l.startsWith("  " + synopsis)), synopsis + " missing from:\n" + run.out());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"demo", "decode", "watch", "check", "spec dump", "spec lint"})
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
    assertTrue(run.err().startsWith("qmpgen-cli: unknown command: frobnicate\nusage: qmpgen-cli [COMMAND] [OPTIONS]"), run.err());
  }

  @Test
  void specWithoutASubcommandIsAUsageError() {
    CliRun run = CliRun.run("spec", "format");

    assertEquals(2, run.status());
    assertTrue(run.err().startsWith("qmpgen-cli: unknown command: spec format"), run.err());
  }

  @Test
  void unknownOptionIsAUsageErrorNamingTheCommand() {
    CliRun run = CliRun.run("demo", "--verbose");

    assertEquals(2, run.status());
    assertTrue(run.err().startsWith("qmpgen-cli demo: unknown option: --verbose\n"), run.err());
  }
}
