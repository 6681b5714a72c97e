package org.khaldun.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.khaldun.InputException;
import org.khaldun.model.Rejected;
import org.khaldun.store.SparkOutput;
import org.khaldun.store.Store;
import org.khaldun.store.foreign.EventFormat;
import org.khaldun.store.foreign.ForeignImport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code khaldun import PATH...}: brings events coded elsewhere into the store. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description =
        "Imports events coded elsewhere into the store, idempotently: a Spark output directory (khaldun spark code --out DIR) is recognised as such; files of foreign event data take --format. Bad rows are rejects naming file and line; the batch goes on.")
final class ImportCommand implements Callable<Integer> {
  private static final int SHOWN_REJECTS = 5;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "What to import.")
  List<Path> paths;

  @Option(
      names = "--format",
      paramLabel = "F",
      description =
          "icews (the ICEWS coded event files, tab-separated with a header line) or gdelt (GDELT 1.0 and 2.0 event tables); spark output directories are recognised without it.")
  String format;

  @Mixin StoreOptions storeOptions;

  @Override
  public Integer call() {
    String f = format == null ? "spark" : format.toLowerCase(Locale.ROOT);
    EventFormat foreign = f.equals("spark") ? null : ForeignImport.format(f);
    if (!f.equals("spark") && foreign == null) {
      throw new IllegalArgumentException(
          "--format " + format + " is not known (icews, gdelt, spark)");
    }
    for (Path path : paths) {
      if (!Files.exists(path)) {
        throw new InputException(path.toString(), 0, "no such file or directory");
      }
      if (foreign == null && !SparkOutput.recognises(path)) {
        throw new InputException(
            path.toString(),
            0,
            "not a Spark output directory (no "
                + SparkOutput.SUMMARY
                + ", articles/, mentions/); give --format for other event data");
      }
    }
    Store store = storeOptions.store();
    PrintWriter out = spec.commandLine().getOut();
    int good = 0;
    List<Rejected> rejects = new ArrayList<>();
    for (Path path : paths) {
      if (foreign == null) {
        SparkOutput.Result r = new SparkOutput(path).importInto(store);
        out.printf(
            Locale.ROOT,
            "imported %s: %d articles stored, %d already stored, %d mentions, %d rejects -> %s%n",
            path,
            r.stored(),
            r.skipped(),
            r.mentions(),
            r.rejects(),
            storeOptions.db);
        good++;
      } else {
        ForeignImport.Result r = new ForeignImport(foreign).importInto(store, path);
        out.printf(
            Locale.ROOT,
            "imported %s (%s): %d records stored, %d already stored, %d rejects -> %s%n",
            path,
            foreign.name(),
            r.stored(),
            r.skipped(),
            r.rejects().size(),
            storeOptions.db);
        good += r.stored() + r.skipped();
        rejects.addAll(r.rejects());
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    for (Rejected r : rejects.subList(0, Math.min(SHOWN_REJECTS, rejects.size()))) {
      err.println(
          r.line() > 0
              ? r.source() + ":" + r.line() + ": " + r.reason()
              : r.source() + ": " + r.reason());
    }
    if (rejects.size() > SHOWN_REJECTS) {
      err.printf(
          Locale.ROOT,
          "... and %d more rejects (./khaldun rejects --db %s)%n",
          rejects.size() - SHOWN_REJECTS,
          storeOptions.db);
    }
    out.flush();
    err.flush();
    // As for ingest: a batch whose every record was bad is bad input.
    return good == 0 && !rejects.isEmpty() ? 2 : 0;
  }
}
