package dev.qmpgen.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The entry point of {@code java -jar qmpgen-cli.jar}. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    CommandIo io = new CommandIo(System.in, out, err, Terminal.isStderr(), Main::onShutdown);
    int status = Cli.standard().run(args, io);
    out.flush();
    System.exit(status);
  }

  /** Ctrl-C starts the JVM's shutdown; a hook lets a watching command close its connection first. */
  private static CommandIo.Registration onShutdown(Runnable action) {
    Thread hook = new Thread(action, "qmpgen-cli-interrupt");
    Runtime.getRuntime().addShutdownHook(hook);
    return () -> {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException alreadyShuttingDown) {
        // the hook is running or has run: nothing left to remove
      }
    };
  }
}
