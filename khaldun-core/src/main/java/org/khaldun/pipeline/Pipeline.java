package org.khaldun.pipeline;

import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.khaldun.KhaldunConfig;
import org.khaldun.actors.ActorDictionary;
import org.khaldun.actors.DictionaryActorResolver;
import org.khaldun.cache.AnnotationCache;
import org.khaldun.cache.CachingAnnotator;
import org.khaldun.coding.DependencyCoder;
import org.khaldun.coding.PatternBook;
import org.khaldun.ingest.ArticleSink;
import org.khaldun.ingest.Ingest;
import org.khaldun.model.Article;
import org.khaldun.model.Rejected;
import org.khaldun.nlp.Annotator;
import org.khaldun.nlp.CoreNlpAnnotator;
import org.khaldun.ontology.Cameo;

/**
 * Runs the stages over a batch: ingest on the calling thread, annotation and coding on worker
 * threads that share one set of stages, results delivered in input order. A record that fails in
 * any stage is rejected with its reason and the batch goes on.
 */
public final class Pipeline implements AutoCloseable {
  private final KhaldunConfig config;
  private final Stages stages;
  private final ExecutorService workers;

  public Pipeline(KhaldunConfig config, Stages stages) {
    this.config = config;
    this.stages = stages;
    this.workers =
        config.threads() > 1
            ? Executors.newFixedThreadPool(config.threads(), daemonThreads())
            : null;
  }

  /**
   * Builds the standard stages for {@code config}: CoreNLP behind the cache, dictionaries,
   * patterns.
   */
  public static Pipeline create(KhaldunConfig config) {
    return new Pipeline(config, standardStages(config));
  }

  public static Stages standardStages(KhaldunConfig config) {
    Annotator annotator;
    java.util.function.Supplier<Annotator> corenlp =
        () -> new CoreNlpAnnotator(config.nlp(), config.limits().articleTimeLimit());
    if (config.cacheDirectory() == null) {
      annotator = new org.khaldun.nlp.LazyAnnotator(corenlp);
    } else {
      AnnotationCache cache = new AnnotationCache(config.cacheDirectory(), config.nlp().key());
      annotator = new CachingAnnotator(cache, corenlp, config.recode());
    }
    ActorDictionary dictionary = ActorDictionary.load(config.dictionaries());
    PatternBook patterns = PatternBook.load(config.dictionaries(), Cameo.bundled());
    return new Stages(
        annotator,
        new DictionaryActorResolver(dictionary),
        new DependencyCoder(patterns, Cameo.bundled()));
  }

  public Stages stages() {
    return stages;
  }

  /**
   * Reads {@code inputs} (files, directories, {@code -} for {@code stdin}) and codes every article.
   */
  public RunSummary run(
      List<String> inputs, InputStream stdin, ResultSink sink, Progress progress) {
    return run(inputs, stdin, article -> true, sink, progress);
  }

  /**
   * As {@link #run(List, InputStream, ResultSink, Progress)}, but articles {@code wanted} refuses
   * (already stored, say) are passed to {@link ResultSink#skipped} without being analysed.
   */
  public RunSummary run(
      List<String> inputs,
      InputStream stdin,
      java.util.function.Predicate<Article> wanted,
      ResultSink sink,
      Progress progress) {
    long start = System.nanoTime();
    Counter counter = new Counter(sink, progress);
    Deque<Future<Outcome>> pending = new ArrayDeque<>();
    int window = config.threads() * 4;
    new Ingest(config.limits(), stdin)
        .read(
            inputs,
            new ArticleSink() {
              @Override
              public void accept(Article article, String source, int line) {
                counter.read.incrementAndGet();
                if (!wanted.test(article)) {
                  sink.skipped(article);
                  return;
                }
                if (workers == null) {
                  counter.emit(process(article, source, line));
                  return;
                }
                pending.add(workers.submit(() -> process(article, source, line)));
                while (pending.size() > window || !pending.isEmpty() && pending.peek().isDone()) {
                  counter.emit(await(pending.poll()));
                }
              }

              @Override
              public void reject(Rejected rejected) {
                counter.rejected(rejected);
              }

              @Override
              public void note(org.khaldun.model.Notice notice) {
                sink.noted(notice);
              }
            });
    counter.inputFinished = true;
    while (!pending.isEmpty()) {
      counter.emit(await(pending.poll()));
    }
    return new RunSummary(
        counter.articles,
        counter.rejected,
        counter.sentences,
        counter.events,
        Duration.ofNanos(System.nanoTime() - start));
  }

  private record Outcome(Stages.Result result, Rejected rejected) {}

  private Outcome process(Article article, String source, int line) {
    try {
      return new Outcome(stages.run(article), null);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      String reason = e.getMessage() == null ? e.toString() : e.getMessage();
      return new Outcome(null, new Rejected(source, line, article.id(), "coding", reason));
    }
  }

  private static Outcome await(Future<Outcome> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a worker", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("worker failed outside the per-article guard", e.getCause());
    }
  }

  /** Delivers results and keeps the run's counts; used from the calling thread only. */
  private static final class Counter {
    final ResultSink sink;
    final Progress progress;
    final AtomicInteger read = new AtomicInteger();
    int articles;
    int rejected;
    int done;
    long sentences;
    long events;
    boolean inputFinished;

    Counter(ResultSink sink, Progress progress) {
      this.sink = sink;
      this.progress = progress;
    }

    void emit(Outcome outcome) {
      done++;
      if (outcome.rejected() != null) {
        rejected(outcome.rejected());
        return;
      }
      articles++;
      sentences += outcome.result().annotated().sentences().size();
      events += outcome.result().events().size();
      sink.coded(outcome.result());
      progress.update(done, read.get(), sentences, inputFinished);
    }

    void rejected(Rejected r) {
      rejected++;
      sink.rejected(r);
      progress.update(done, read.get(), sentences, inputFinished);
    }
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "khaldun-worker-" + n.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  @Override
  public void close() {
    if (workers != null) {
      workers.shutdownNow();
    }
  }
}
