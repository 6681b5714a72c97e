package org.khaldun.spark;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code khaldun spark code ...} and {@code khaldun bench-spark ...}: the Spark-side commands. */
@Command(
    name = "khaldun",
    mixinStandardHelpOptions = true,
    subcommands = {SparkCodeCommand.class, BenchSparkCommand.class},
    description = "Khaldun on Apache Spark.")
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    String[] rest = args;
    // The launcher passes "spark code ..." as typed; "spark" names this module, not a command.
    if (args.length > 0 && args[0].equals("spark")) {
      rest = java.util.Arrays.copyOfRange(args, 1, args.length);
    }
    System.exit(new CommandLine(new Main()).execute(rest));
  }

  /** Runs one subcommand with its arguments, returning its exit code. */
  static int run(String command, String[] args) {
    String[] all = new String[args.length + 1];
    all[0] = command;
    System.arraycopy(args, 0, all, 1, args.length);
    return new CommandLine(new Main()).execute(all);
  }
}
