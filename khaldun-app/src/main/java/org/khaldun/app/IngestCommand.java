package org.khaldun.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.khaldun.KhaldunConfig;
import org.khaldun.model.Article;
import org.khaldun.model.Rejected;
import org.khaldun.pipeline.Pipeline;
import org.khaldun.pipeline.Progress;
import org.khaldun.pipeline.ResultSink;
import org.khaldun.pipeline.RunSummary;
import org.khaldun.pipeline.Stages;
import org.khaldun.store.KnownArticles;
import org.khaldun.store.Store;
import org.khaldun.store.StoreWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code khaldun ingest INPUT... [--db FILE]}: codes articles and stores them, their event
 * mentions, the deduplicated events, the actors learned and the rejects, in batches of one
 * transaction each. Articles whose text is already stored are skipped before parsing, so running it
 * again, or again after a crash, only adds what is missing; an article whose id is stored with
 * another text is stored under a derived id, and the summary says so.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description =
        "Codes articles into the event store (deduplicated events with all their mentions).")
final class IngestCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      paramLabel = "INPUT",
      arity = "1..*",
      description = "Files, directories, or - for standard input.")
  List<String> inputs;

  @Option(
      names = "--batch",
      defaultValue = "25",
      description = "Articles per transaction (default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(
      names = "--progress",
      negatable = true,
      description = "Show a progress bar on stderr (default: when stderr is a terminal).")
  Boolean progress;

  @Mixin StoreOptions storeOptions;
  @Mixin PipelineOptions options;

  @Override
  public Integer call() {
    if (batch < 1) {
      throw new IllegalArgumentException("--batch must be at least 1");
    }
    KhaldunConfig config = options.toConfig();
    Store store = storeOptions.store();
    KnownArticles known = KnownArticles.of(store);
    StoreWriter writer = new StoreWriter(store, UUID.randomUUID().toString());
    writer.begin("ingest", String.join(" ", inputs), config.nlp().key());
    Batcher batcher = new Batcher(writer, batch);
    boolean showProgress = progress != null ? progress : System.console() != null;
    ProgressBar bar = showProgress ? new ProgressBar(System.err) : null;
    RunSummary summary;
    String status = "failed";
    try (Pipeline pipeline = Pipeline.create(config)) {
      summary = pipeline.run(inputs, System.in, known, batcher, bar == null ? Progress.NONE : bar);
      batcher.flush();
      status = "done";
    } finally {
      if (bar != null) {
        bar.finish();
      }
      writer.finish(
          status, batcher.stored, batcher.skipped, batcher.rejected.size(), batcher.mentions);
    }
    PrintWriter err = spec.commandLine().getErr();
    err.printf(
        Locale.ROOT,
        "stored %d article%s with %d event mentions in %s (%d already stored and skipped); %.1f s, %.1f sentences/s%n",
        batcher.stored,
        batcher.stored == 1 ? "" : "s",
        batcher.mentions,
        store.database(),
        batcher.skipped,
        summary.elapsed().toMillis() / 1000.0,
        summary.sentencesPerSecond());
    list(
        err,
        batcher.renamed,
        "stored %d article%s under a derived id, its id being already stored with another text:%n",
        r -> r.givenId() + " -> " + r.storedAs());
    list(
        err,
        batcher.repeated,
        "skipped %d article%s repeating the text of one stored earlier in this run:%n",
        r -> r.id() + " (same text as " + r.sameTextAs() + ")");
    batcher.report.print(err, "the store (khaldun rejects --db " + store.database() + ")");
    err.flush();
    return RunReport.exitCode(batcher.stored + batcher.skipped, batcher.rejected.size());
  }

  private static <T> void list(
      PrintWriter err, List<T> items, String heading, java.util.function.Function<T, String> line) {
    if (items.isEmpty()) {
      return;
    }
    err.printf(Locale.ROOT, heading, items.size(), items.size() == 1 ? "" : "s");
    items.stream().limit(SHOWN).forEach(item -> err.println("  " + line.apply(item)));
    if (items.size() > SHOWN) {
      err.printf(Locale.ROOT, "  ... and %d more%n", items.size() - SHOWN);
    }
  }

  private static final int SHOWN = 20;

  /** Collects results and writes them a batch at a time, in input order. */
  private static final class Batcher implements ResultSink {
    private final StoreWriter writer;
    private final int size;
    private final List<Stages.Result> pending = new ArrayList<>();
    private final List<Rejected> pendingRejects = new ArrayList<>();
    private final List<Rejected> rejected = new ArrayList<>();
    private final RunReport report = new RunReport();
    private final List<StoreWriter.Renamed> renamed = new ArrayList<>();
    private final List<StoreWriter.Repeated> repeated = new ArrayList<>();
    private long lastFlush = System.nanoTime();
    int stored;
    int skipped;
    long mentions;

    Batcher(StoreWriter writer, int size) {
      this.writer = writer;
      this.size = size;
    }

    @Override
    public void coded(Stages.Result result) {
      pending.add(result);
      maybeFlush();
    }

    @Override
    public void rejected(Rejected r) {
      rejected.add(r);
      report.rejected(r);
      pendingRejects.add(r);
      maybeFlush();
    }

    @Override
    public void noted(org.khaldun.model.Notice notice) {
      report.noted(notice);
    }

    @Override
    public void skipped(Article article) {
      skipped++;
    }

    private void maybeFlush() {
      // Small batches keep a crash's loss small; a time bound keeps slow inputs visible to readers.
      if (pending.size() >= size || System.nanoTime() - lastFlush > 5_000_000_000L) {
        flush();
      }
    }

    void flush() {
      if (pending.isEmpty() && pendingRejects.isEmpty()) {
        return;
      }
      StoreWriter.BatchResult result = writer.write(pending, pendingRejects);
      stored += result.stored();
      skipped += result.skipped();
      mentions += result.mentions();
      renamed.addAll(result.renamed());
      repeated.addAll(result.repeated());
      pending.clear();
      pendingRejects.clear();
      lastFlush = System.nanoTime();
    }
  }
}
