package org.khaldun.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.khaldun.InputException;
import org.khaldun.store.SparkOutput;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code khaldun import DIR}: brings events coded elsewhere into the store. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description =
        "Imports events coded elsewhere into the store, idempotently: a Spark output directory (khaldun spark code --out DIR) is recognised as such; other formats take --format.")
final class ImportCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "PATH", description = "What to import.")
  Path path;

  @Option(
      names = "--format",
      paramLabel = "F",
      description = "spark (recognised by itself; the only format so far).")
  String format;

  @Mixin StoreOptions storeOptions;

  @Override
  public Integer call() {
    String f = format == null ? null : format.toLowerCase(Locale.ROOT);
    if (f != null && !f.equals("spark")) {
      throw new IllegalArgumentException("--format " + format + " is not supported yet (spark)");
    }
    if (!Files.exists(path)) {
      throw new InputException(path.toString(), 0, "no such file or directory");
    }
    if (!SparkOutput.recognises(path)) {
      throw new InputException(
          path.toString(),
          0,
          "not a Spark output directory (no "
              + SparkOutput.SUMMARY
              + ", articles/, mentions/), and no other --format is known");
    }
    SparkOutput.Result r = new SparkOutput(path).importInto(storeOptions.store());
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        Locale.ROOT,
        "imported %s: %d articles stored, %d already stored, %d mentions, %d rejects -> %s%n",
        path,
        r.stored(),
        r.skipped(),
        r.mentions(),
        r.rejects(),
        storeOptions.db);
    out.flush();
    return 0;
  }
}
