package dev.qmpgen.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The entry point of {@code java -jar qmpgen-cli.jar}. */
public final class Main {

  /** How long a signal waits for the interrupted command to return its exit status. */
  private static final long STATUS_WAIT_SECONDS = 3;

  private Main() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    CompletableFuture<Integer> returned = new CompletableFuture<>();
    CommandIo io =
        new CommandIo(
            System.in,
            out,
            err,
            Terminal.isStderr(),
            action -> onShutdown(action, returned, out, err));
    int status = Cli.standard().run(args, io);
    out.flush();
    returned.complete(status);
    System.exit(status);
  }

  /**
   * Ctrl-C or SIGTERM starts the JVM's shutdown, which would end the process with 128 plus the
   * signal's number. A hook lets a watching command close its connection; once the command has
   * returned its status, the hook ends the JVM with that status, as the command's help promises.
   */
  private static CommandIo.Registration onShutdown(
      Runnable action, CompletableFuture<Integer> returned, PrintStream out, PrintStream err) {
    Thread hook =
        new Thread(
            () -> {
              action.run();
              try {
                int status = returned.get(STATUS_WAIT_SECONDS, TimeUnit.SECONDS);
                out.flush();
                err.flush();
                Runtime.getRuntime().halt(status); // exit() would wait for this very hook
              } catch (InterruptedException | ExecutionException | TimeoutException e) {
                // the command did not return in time: the JVM ends with the signal's status
              }
            },
            "qmpgen-cli-interrupt");
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
