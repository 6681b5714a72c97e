package org.khaldun.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
      description = "Output file (a directory for gdelt), or - for standard output.")
  Path out;

  @Mixin StoreOptions storeOptions;

  @Override
  public Integer call() throws IOException {
    boolean toStdout = out.toString().equals("-");
    if (toStdout && format.equals("gdelt")) {
      throw new IllegalArgumentException(
          "--format gdelt writes two files into a directory; give --out DIR, not -");
    }
    Path target = toStdout ? Files.createTempFile("khaldun-export", "." + format) : out;
    try {
      Exporter.Written written = export(new Exporter(storeOptions.store()), target);
      if (toStdout) {
        copyToStandardOutput(target);
      }
      spec.commandLine()
          .getErr()
          .printf(
              Locale.ROOT,
              "exported %d events%s to %s%n",
              written.events(),
              written.mentions() > 0 ? " and " + written.mentions() + " mentions" : "",
              toStdout ? "standard output" : written.files());
    } finally {
      if (toStdout) {
        Files.deleteIfExists(target);
      }
    }
    return 0;
  }

  /**
   * Text goes through the command line's own writer, which tests and embedding programs capture;
   * Parquet is bytes, so it goes to the process's standard output as they are.
   */
  private void copyToStandardOutput(Path file) throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    if (format.equals("parquet")) {
      stdout.flush();
      try (InputStream in = Files.newInputStream(file)) {
        in.transferTo(System.out);
      }
      System.out.flush();
      return;
    }
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      in.transferTo(stdout);
    }
    stdout.flush();
  }

  private Exporter.Written export(Exporter exporter, Path target) {
    return switch (format) {
      case "gdelt" -> exporter.gdelt(target);
      case "plover" -> exporter.plover(target);
      case "csv" -> exporter.csv(target);
      case "parquet" -> exporter.parquet(target);
      default ->
          throw new IllegalArgumentException(
              "--format must be gdelt, plover, csv or parquet, not " + format);
    };
  }
}
