package org.khaldun.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.khaldun.ingest.ArticleSink;
import org.khaldun.ingest.Ingest;
import org.khaldun.ingest.Limits;
import org.khaldun.model.Article;
import org.khaldun.model.Notice;
import org.khaldun.model.Rejected;
import org.khaldun.output.ArticleJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code khaldun extract INPUT... --out articles.jsonl}: web pages and WARC archives to the article
 * records {@code code} reads, one JSON line per page, with the rejected pages and why.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts articles (main text, title, URL, publication date and its source, language) from web pages and writes them as JSON lines that code and ingest read.",
      "INPUT is an .html, .htm or .html.gz file, a .warc or .warc.gz archive, a directory, or any input code reads."
    })
final class ExtractCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files or directories.")
  List<String> inputs;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "FILE",
      required = true,
      description = "Write the articles here as JSON lines (- for standard output).")
  Path out;

  @Option(
      names = "--rejects",
      paramLabel = "FILE",
      description =
          "Where to list rejected pages (default: rejects.txt beside --out, or in the working directory).")
  Path rejects;

  @Option(
      names = "--max-record-bytes",
      paramLabel = "BYTES",
      defaultValue = "2097152",
      description =
          "Reject larger text records; a web page may be 8 times this (default: ${DEFAULT-VALUE}).")
  int maxRecordBytes;

  @Option(
      names = "--all-languages",
      description =
          "Keep pages in other languages than English, their language in 'lang' (code and ingest still reject them).")
  boolean allLanguages;

  @Override
  public Integer call() throws IOException {
    PrintWriter stderr = spec.commandLine().getErr();
    boolean toStdout = out.toString().equals("-");
    Path rejectsPath =
        rejects != null
            ? rejects
            : toStdout
                ? Path.of("rejects.txt")
                : out.toAbsolutePath().resolveSibling("rejects.txt");
    RejectsFile rejectsFile = new RejectsFile(rejectsPath);
    RunReport report = new RunReport();
    Map<String, Integer> byReason = new TreeMap<>();
    Path partial = null;
    Writer writer;
    if (toStdout) {
      writer = spec.commandLine().getOut();
    } else {
      OutputFiles.createParent(out);
      partial =
          Files.createTempFile(
              out.toAbsolutePath().getParent(), "." + out.getFileName(), ".partial");
      writer = OutputFiles.writer(partial);
    }
    long start = System.nanoTime();
    int[] written = {0};
    Writer target = writer;
    new Ingest(new Limits(maxRecordBytes), System.in, !allLanguages)
        .read(
            inputs,
            new ArticleSink() {
              @Override
              public void accept(Article article, String source, int line) {
                try {
                  ArticleJson.write(article, target);
                  target.write('\n');
                  written[0]++;
                } catch (IOException e) {
                  throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
                }
              }

              @Override
              public void reject(Rejected rejected) {
                rejectsFile.add(rejected);
                report.rejected(rejected);
                byReason.merge(kind(rejected.reason()), 1, Integer::sum);
              }

              @Override
              public void note(Notice notice) {
                report.noted(notice);
              }
            });
    writer.flush();
    if (partial != null) {
      writer.close();
      Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
    rejectsFile.close(rejects != null);
    double seconds = (System.nanoTime() - start) / 1e9;
    stderr.printf(
        Locale.ROOT,
        "extracted %d article%s in %.1f s (%.1f per second)%s%n",
        written[0],
        written[0] == 1 ? "" : "s",
        seconds,
        seconds > 0 ? written[0] / seconds : 0.0,
        toStdout ? "" : " into " + out);
    if (!byReason.isEmpty()) {
      stderr.println("rejected by reason: " + byReason);
    }
    report.print(stderr, rejectsPath.toString());
    stderr.flush();
    return RunReport.exitCode(written[0], report.rejectCount());
  }

  /** The kind of a reject, its reason up to the colon: "not English", "no text", ... */
  private static String kind(String reason) {
    int colon = reason.indexOf(':');
    return colon > 0 ? reason.substring(0, colon) : reason;
  }
}
