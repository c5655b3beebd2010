package dev.qmpgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArgumentParserTest {

  private final ArgumentParser parser = new ArgumentParser(Set.of("json"), Set.of("spec"));

  @Test
  void flagsOptionsAndOperandsMixInAnyOrder() throws UsageException {
    Arguments arguments = parser.parse(List.of("--json", "qmp.sock", "--spec", "my.txt"));

    assertTrue(arguments.has("json"));
    assertFalse(arguments.has("help"));
    assertEquals(Optional.of("my.txt"), arguments.option("spec"));
    assertEquals(List.of("qmp.sock"), arguments.operands());
  }

  @Test
  void aShortNameGivesItsOptionAndCountsAsIt() throws UsageException {
    ArgumentParser withShort =
        new ArgumentParser(Set.of(), Set.of("output"), Map.of("-o", "output"));

    assertEquals(
        Optional.of("qemu.json"),
        withShort.parse(List.of("-o", "qemu.json", "qmp.sock")).option("output"));
    assertEquals(
        "option --output given twice",
        assertThrows(
                UsageException.class, () -> withShort.parse(List.of("-o", "a", "--output", "b")))
            .getMessage());
    assertEquals(
        "option -o needs a value",
        assertThrows(UsageException.class, () -> withShort.parse(List.of("qmp.sock", "-o")))
            .getMessage());
    assertEquals(
        "unknown option: -o",
        assertThrows(UsageException.class, () -> parser.parse(List.of("-o", "a"))).getMessage());
  }

  @Test
  void optionValueMayFollowAnEqualsSign() throws UsageException {
    assertEquals(Optional.of("a=b.txt"), parser.parse(List.of("--spec=a=b.txt")).option("spec"));
  }

  @Test
  void loneDashIsStandardInputNotAnOption() throws UsageException {
    assertEquals(List.of("-"), parser.parse(List.of("-")).operands());
  }

  @Test
  void doubleDashEndsOptions() throws UsageException {
    assertEquals(List.of("--json"), parser.parse(List.of("--", "--json")).operands());
  }

  @Test
  void helpIsAcceptedEverywhereInBothSpellings() throws UsageException {
    assertTrue(parser.parse(List.of("-h")).has("help"));
    assertTrue(parser.parse(List.of("x", "--help")).has("help"));
  }

  @Test
  void mistakesAreUsageErrorsThatSayWhatWasWrong() {
    assertEquals(
        "unknown option: --jsno",
        assertThrows(UsageException.class, () -> parser.parse(List.of("--jsno"))).getMessage());
    assertEquals(
        "unknown option: -x",
        assertThrows(UsageException.class, () -> parser.parse(List.of("-x"))).getMessage());
    assertEquals(
        "option --spec needs a value",
        assertThrows(UsageException.class, () -> parser.parse(List.of("--spec"))).getMessage());
    assertEquals(
        "option --json takes no value",
        assertThrows(UsageException.class, () -> parser.parse(List.of("--json=yes"))).getMessage());
    assertEquals(
        "option --spec given twice",
        assertThrows(UsageException.class, () -> parser.parse(List.of("--spec=a", "--spec", "b")))
            .getMessage());
  }

  @Test
  void operandsBeyondTheLimitAreNamed() throws UsageException {
    Arguments arguments = parser.parse(List.of("a", "b"));

    assertEquals(
        "unexpected argument: b",
        assertThrows(UsageException.class, () -> arguments.atMostOperands(1)).getMessage());
    assertEquals(
        "missing SOCKET|HOST:PORT",
        assertThrows(
                UsageException.class, () -> parser.parse(List.of()).operand(0, "SOCKET|HOST:PORT"))
            .getMessage());
  }
}
