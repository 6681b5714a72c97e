package org.khaldun.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.khaldun.store.Exporter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code khaldun export --format gdelt|plover|csv|parquet --out PATH}. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Exports stored events: gdelt (GDELT 2.0 events and mentions tables into the directory PATH),",
      "plover (PLOVER JSON lines), csv, or parquet (readable by DuckDB and Spark)."
    })
final class ExportCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      description = "gdelt, plover, csv or parquet.")
  String format;

  @Option(
      names = {"-o", "--out"},
      required = true,
      paramLabel = "PATH",
      description = "Output file (a directory for gdelt).")
  Path out;

  @Mixin StoreOptions storeOptions;

  @Override
  public Integer call() {
    Exporter exporter = new Exporter(storeOptions.store());
    Exporter.Written written =
        switch (format) {
          case "gdelt" -> exporter.gdelt(out);
          case "plover" -> exporter.plover(out);
          case "csv" -> exporter.csv(out);
          case "parquet" -> exporter.parquet(out);
          default ->
              throw new IllegalArgumentException(
                  "--format must be gdelt, plover, csv or parquet, not " + format);
        };
    spec.commandLine()
        .getErr()
        .printf(
            Locale.ROOT,
            "exported %d events%s to %s%n",
            written.events(),
            written.mentions() > 0 ? " and " + written.mentions() + " mentions" : "",
            written.files());
    return 0;
  }
}
