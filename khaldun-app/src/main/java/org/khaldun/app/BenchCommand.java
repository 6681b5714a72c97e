package org.khaldun.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToIntFunction;
import org.khaldun.actors.ActorDictionary;
import org.khaldun.actors.DictionaryActorResolver;
import org.khaldun.cache.AnnotationCache;
import org.khaldun.cache.CachingAnnotator;
import org.khaldun.coding.DependencyCoder;
import org.khaldun.coding.PatternBook;
import org.khaldun.ingest.Ingest;
import org.khaldun.ingest.Limits;
import org.khaldun.model.Article;
import org.khaldun.model.CodedEvent;
import org.khaldun.nlp.CoreNlpAnnotator;
import org.khaldun.nlp.NlpSettings;
import org.khaldun.ontology.Cameo;
import org.khaldun.output.EventJson;
import org.khaldun.pipeline.Stages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code khaldun bench INPUT}: measures, in one run on the same input, bare CoreNLP with the
 * annotators Khaldun uses and the whole pipeline (CoreNLP, actors, coding, dates, JSON), with one
 * and two threads, and the re-coding path from the cache. Rounds alternate between the two so that
 * a noisy machine hurts both alike; the last line is the two-thread throughput ratio.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description =
        "Measures throughput of bare CoreNLP and of the whole pipeline on the same input; the last line is 'throughput ratio pipeline/corenlp: R' (two threads).")
final class BenchCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      paramLabel = "INPUT",
      arity = "1..*",
      description = "Articles to measure on (any input form of 'code').")
  List<String> inputs;

  @Option(
      names = "--rounds",
      defaultValue = "4",
      description =
          "Measured rounds per configuration (default: ${DEFAULT-VALUE}); the fastest is reported.")
  int rounds;

  @Option(
      names = "--threads",
      split = ",",
      defaultValue = "1,2",
      description = "Thread counts to measure (default: ${DEFAULT-VALUE}).")
  List<Integer> threadCounts;

  @Option(
      names = "--ner",
      defaultValue = "time",
      description = "NER mode, as for 'code' (default: ${DEFAULT-VALUE}).")
  String ner;

  @Option(
      names = "--recode-seconds",
      defaultValue = "3",
      description =
          "Minimum time to spend measuring the re-coding path (default: ${DEFAULT-VALUE}).")
  double recodeSeconds;

  /** CPU seconds the re-coding thread used: immune to other tenants of a shared machine. */
  private double recodeCpuSeconds;

  private record Measure(double seconds, int articles, long sentences) {
    double articlesPerSecond() {
      return articles / seconds;
    }

    double sentencesPerSecond() {
      return sentences / seconds;
    }
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (rounds < 1) {
      throw new IllegalArgumentException("--rounds must be at least 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    List<Article> articles = new Ingest(Limits.DEFAULT, System.in).readAll(inputs).articles();
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("no articles to measure in " + inputs);
    }
    NlpSettings settings = new NlpSettings(NlpSettings.NerMode.parse(ner));
    long loadStart = System.nanoTime();
    CoreNlpAnnotator corenlp = new CoreNlpAnnotator(settings);
    double load = (System.nanoTime() - loadStart) / 1e9;
    Stages stages =
        new Stages(
            corenlp,
            new DictionaryActorResolver(ActorDictionary.bundled()),
            new DependencyCoder(PatternBook.bundled(), Cameo.bundled()));
    out.printf(
        Locale.ROOT,
        "input: %d articles; NLP %s; models loaded in %.1f s%n",
        articles.size(),
        settings.key(),
        load);
    out.flush();
    // Warm-up: one pass of each, so the JIT has seen both paths before anything is timed.
    run(articles, 1, corenlp::annotateBare);
    run(articles, 1, article -> pipeline(stages, article));
    HeapSampler heap = HeapSampler.start();
    List<String[]> rows = new ArrayList<>();
    double ratioAtTwo = Double.NaN;
    for (int threads : threadCounts) {
      double[] bare = new double[rounds];
      double[] full = new double[rounds];
      Measure lastBare = null;
      Measure lastFull = null;
      for (int r = 0; r < rounds; r++) {
        // Alternate which goes first (ABBA), so drift on a shared machine hurts both alike.
        if (r % 2 == 0) {
          lastBare = run(articles, threads, corenlp::annotateBare);
          lastFull = run(articles, threads, article -> pipeline(stages, article));
        } else {
          lastFull = run(articles, threads, article -> pipeline(stages, article));
          lastBare = run(articles, threads, corenlp::annotateBare);
        }
        bare[r] = lastBare.seconds();
        full[r] = lastFull.seconds();
      }
      Measure b = new Measure(best(bare), lastBare.articles(), lastBare.sentences());
      Measure f = new Measure(best(full), lastFull.articles(), lastFull.sentences());
      rows.add(row("bare CoreNLP", threads, b));
      rows.add(row("pipeline", threads, f));
      double ratio = f.sentencesPerSecond() / b.sentencesPerSecond();
      if (threads == 2) {
        ratioAtTwo = ratio;
      }
      out.printf(
          Locale.ROOT,
          "%d thread%s: pipeline/corenlp %.3f%n",
          threads,
          threads == 1 ? "" : "s",
          ratio);
      out.flush();
    }
    Measure recode = recode(articles, settings, corenlp, stages);
    rows.add(row("recode (cache)", 1, recode));
    rows.add(
        row(
            "recode, CPU time",
            1,
            new Measure(recodeCpuSeconds, recode.articles(), recode.sentences())));
    out.println();
    out.printf(
        Locale.ROOT,
        "%-16s %7s %12s %13s %9s%n",
        "path",
        "threads",
        "articles/s",
        "sentences/s",
        "seconds");
    for (String[] row : rows) {
      out.printf(Locale.ROOT, "%-16s %7s %12s %13s %9s%n", (Object[]) row);
    }
    out.printf(
        Locale.ROOT,
        "peak heap in use: %d MB (sampled every 20 ms; -Xmx %d MB)%n",
        heap.stop() / (1024 * 1024),
        Runtime.getRuntime().maxMemory() / (1024 * 1024));
    out.printf(
        Locale.ROOT,
        "throughput ratio pipeline/corenlp: %.3f%n",
        Double.isNaN(ratioAtTwo) ? 0.0 : ratioAtTwo);
    out.flush();
    return 0;
  }

  private static String[] row(String name, int threads, Measure m) {
    return new String[] {
      name,
      String.valueOf(threads),
      String.format(Locale.ROOT, "%.2f", m.articlesPerSecond()),
      String.format(Locale.ROOT, "%.1f", m.sentencesPerSecond()),
      String.format(Locale.ROOT, "%.2f", m.seconds())
    };
  }

  /** The full path a coded article takes, down to its serialised event records. */
  private static int pipeline(Stages stages, Article article) {
    Stages.Result result = stages.run(article);
    Writer sink = Writer.nullWriter();
    for (CodedEvent event : result.events()) {
      EventJson.write(event, sink);
    }
    return result.annotated().sentences().size();
  }

  /** Re-coding: read the cached analysis, resolve actors, code, serialise; one thread. */
  private Measure recode(
      List<Article> articles, NlpSettings settings, CoreNlpAnnotator corenlp, Stages stages)
      throws IOException, InterruptedException {
    Path directory = Files.createTempDirectory("khaldun-bench-cache");
    try {
      AnnotationCache cache = new AnnotationCache(directory, settings.key());
      for (Article article : articles) {
        cache.put(corenlp.annotate(article));
      }
      CachingAnnotator cached = new CachingAnnotator(cache, () -> corenlp, true);
      Stages recoding = new Stages(cached, stages.actors(), stages.coder());
      run(articles, 1, article -> pipeline(recoding, article));
      long sentences = 0;
      int count = 0;
      java.lang.management.ThreadMXBean cpu =
          java.lang.management.ManagementFactory.getThreadMXBean();
      long cpuStart = cpu.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      do {
        Measure m = run(articles, 1, article -> pipeline(recoding, article));
        sentences += m.sentences();
        count += m.articles();
      } while ((System.nanoTime() - start) / 1e9 < recodeSeconds);
      recodeCpuSeconds = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9;
      return new Measure((System.nanoTime() - start) / 1e9, count, sentences);
    } finally {
      try (var files = Files.walk(directory)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static Measure run(List<Article> articles, int threads, ToIntFunction<Article> work)
      throws InterruptedException {
    long start = System.nanoTime();
    long sentences = 0;
    if (threads == 1) {
      for (Article article : articles) {
        sentences += work.applyAsInt(article);
      }
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<Integer>> futures = new ArrayList<>();
        for (Article article : articles) {
          futures.add(pool.submit(() -> work.applyAsInt(article)));
        }
        for (Future<Integer> future : futures) {
          sentences += future.get();
        }
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException("benchmark task failed: " + e.getCause(), e.getCause());
      } finally {
        pool.shutdownNow();
      }
    }
    return new Measure((System.nanoTime() - start) / 1e9, articles.size(), sentences);
  }

  /** The fastest round: on a shared machine, interference only ever slows a round down. */
  private static double best(double[] values) {
    return Arrays.stream(values).min().orElseThrow();
  }
}
