package dev.qmpgen.cli;

import java.util.List;

/** Every subcommand, in the order {@code --help} lists them. */
final class Commands {

  private Commands() {}

  static List<Command> all() {
    return List.of(
        new DemoCommand(),
        new DecodeCommand(),
        new WatchCommand(),
        new CheckCommand(),
        new SchemaCommand(),
        new SpecDumpCommand(),
        new SpecLintCommand());
  }
}
