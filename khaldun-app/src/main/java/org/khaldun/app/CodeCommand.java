package org.khaldun.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.khaldun.KhaldunConfig;
import org.khaldun.model.CodedEvent;
import org.khaldun.model.Notice;
import org.khaldun.model.Rejected;
import org.khaldun.output.EventJson;
import org.khaldun.pipeline.Pipeline;
import org.khaldun.pipeline.Progress;
import org.khaldun.pipeline.ResultSink;
import org.khaldun.pipeline.RunSummary;
import org.khaldun.pipeline.Stages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code khaldun code INPUT... --out events.jsonl}: codes articles into event records. */
@Command(
    name = "code",
    mixinStandardHelpOptions = true,
    description = {
      "Codes the events in articles and writes them as event records (JSON lines).",
      "INPUT is a text file (optionally starting with ' date YYYY-MM-DD '), a JSON-lines file, a directory, or - for standard input."
    })
final class CodeCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      paramLabel = "INPUT",
      arity = "1..*",
      description = "Files, directories, or - for standard input.")
  List<String> inputs;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "FILE",
      description = "Write the event records here (- for standard output).")
  Path out;

  @Option(
      names = "--rejects",
      paramLabel = "FILE",
      description =
          "Where to list rejected records (default: rejects.txt beside --out, or in the working directory).")
  Path rejects;

  @Option(
      names = "--explain",
      description = "Show the pattern, tokens and date reasoning behind each event.")
  boolean explain;

  @Option(
      names = {"-q", "--quiet"},
      description = "No table on standard output.")
  boolean quiet;

  @Option(
      names = "--progress",
      negatable = true,
      description = "Show a progress bar on stderr (default: when stderr is a terminal).")
  Boolean progress;

  @Mixin PipelineOptions options;

  @Override
  public Integer call() throws IOException {
    KhaldunConfig config = options.toConfig();
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    boolean recordsToStdout = out != null && out.toString().equals("-");
    EventTable table = quiet || recordsToStdout ? null : new EventTable(stdout, explain);
    EventsFile events = out != null && !recordsToStdout ? new EventsFile(out) : null;
    Path rejectsPath =
        rejects != null
            ? rejects
            : events != null
                ? out.toAbsolutePath().resolveSibling("rejects.txt")
                : Path.of("rejects.txt");
    RejectsFile rejectsFile = new RejectsFile(rejectsPath);
    RunReport report = new RunReport();
    boolean showProgress = progress != null ? progress : System.console() != null;
    ProgressBar bar = showProgress ? new ProgressBar(System.err) : null;
    RunSummary summary;
    try (Pipeline pipeline = Pipeline.create(config)) {
      summary =
          pipeline.run(
              inputs,
              System.in,
              new ResultSink() {
                @Override
                public void coded(Stages.Result result) {
                  for (CodedEvent event : result.events()) {
                    if (events != null) {
                      events.write(event);
                    } else if (recordsToStdout) {
                      EventJson.write(event, stdout);
                      stdout.write('\n');
                    }
                    if (table != null) {
                      table.row(event);
                    }
                  }
                }

                @Override
                public void rejected(Rejected rejected) {
                  rejectsFile.add(rejected);
                  report.rejected(rejected);
                }

                @Override
                public void noted(Notice notice) {
                  report.noted(notice);
                }
              },
              bar == null ? Progress.NONE : bar);
    } catch (RuntimeException e) {
      if (events != null) {
        events.close();
        stderr.printf(
            Locale.ROOT,
            "khaldun code: the run failed; the %d events coded before it are in %s%n",
            events.records(),
            out);
      }
      rejectsFile.close(false);
      throw e;
    } finally {
      if (bar != null) {
        bar.finish();
      }
    }
    if (events != null) {
      events.close();
    }
    if (table != null) {
      table.finish();
    }
    stdout.flush();
    rejectsFile.close(rejects != null || events != null);
    stderr.printf(
        Locale.ROOT,
        "coded %d article%s (%d sentences) into %d events in %.1f s (%.2f articles/s, %.1f sentences/s)%s%n",
        summary.articles(),
        summary.articles() == 1 ? "" : "s",
        summary.sentences(),
        summary.events(),
        summary.elapsed().toMillis() / 1000.0,
        summary.articlesPerSecond(),
        summary.sentencesPerSecond(),
        events != null ? "; events in " + out : "");
    report.print(stderr, rejectsPath.toString());
    stderr.flush();
    return RunReport.exitCode(summary.articles(), summary.rejected());
  }
}
