package org.khaldun.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code khaldun} command line: one subcommand per job. */
@Command(
    name = "khaldun",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description =
        "Codes political events from dated news: who did what to whom, when, in CAMEO and PLOVER.",
    subcommands = {
      CodeCommand.class,
      ExtractCommand.class,
      IngestCommand.class,
      WatchCommand.class,
      ImportCommand.class,
      EventsCommand.class,
      EventCommand.class,
      DyadsCommand.class,
      TimelineCommand.class,
      ExportCommand.class,
      ServeCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      BenchStoreCommand.class,
      ParseCommand.class,
      LexiconCommand.class,
      RejectsCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs a command line and returns its exit code: 0 done, 1 failed, 2 bad usage. */
  public static int execute(String... args) {
    return commandLine().execute(args);
  }

  /** Runs a command line writing to the given streams instead of the process's own. */
  public static int execute(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
    CommandLine commandLine = commandLine();
    commandLine.setOut(out);
    commandLine.setErr(err);
    return commandLine.execute(args);
  }

  private static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.setExecutionExceptionHandler(new Failures());
    return commandLine;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
