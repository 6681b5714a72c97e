package org.khaldun.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.khaldun.KhaldunConfig;
import org.khaldun.model.Rejected;
import org.khaldun.pipeline.Pipeline;
import org.khaldun.pipeline.Progress;
import org.khaldun.pipeline.ResultSink;
import org.khaldun.pipeline.RunSummary;
import org.khaldun.pipeline.Stages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bench-spark INPUT...}: the single-JVM pipeline on two threads and the Spark job on {@code
 * local[1]} and {@code local[2]}, over the same input in one JVM, without the annotation cache. The
 * models are loaded and warmed before any timing; a Spark run is timed from reading to its last
 * file written (its session start is not, as a cluster pays it once per day's run). The last line
 * is {@code throughput ratio spark/pipeline: R}, both on two cores.
 */
@Command(
    name = "bench-spark",
    mixinStandardHelpOptions = true,
    description =
        "Articles/s of the single-JVM pipeline (2 threads) and of the Spark job (local[1], local[2]) on the same input; last line: throughput ratio spark/pipeline: R.")
final class BenchSparkCommand implements Callable<Integer> {
  @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Articles, as for 'code'.")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = "--synthetic",
      paramLabel = "N",
      description = "Add N synthetic news-length articles (about 25 sentences each).")
  int synthetic;

  @Option(
      names = "--partitions",
      paramLabel = "N",
      defaultValue = "8",
      description = "Partitions for the Spark runs (default: ${DEFAULT-VALUE}).")
  int partitions;

  @Option(names = "--ner", paramLabel = "MODE", defaultValue = "time", description = "As 'code'.")
  String ner;

  @Override
  public Integer call() throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path corpus = null;
    if (synthetic > 0) {
      corpus = Files.createTempFile("khaldun-bench-spark", ".jsonl");
      SyntheticNews.write(corpus, synthetic);
      inputs.add(corpus.toString());
    }
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("give an INPUT or --synthetic N");
    }
    try {
      return bench(out);
    } finally {
      if (corpus != null) {
        Files.deleteIfExists(corpus);
      }
    }
  }

  private int bench(PrintStream out) throws IOException {
    JobConfig base =
        new JobConfig(inputs, "unused", null, partitions, ner, 150, null, false, null, 2097152, 0);
    KhaldunConfig pipelineConfig = base.toKhaldun().withThreads(2);
    // Warm the models once: both runs then measure coding, not loading.
    Stages stages = ExecutorStages.get(base);
    stages.run(
        new org.khaldun.model.Article(
            "warm-up",
            null,
            null,
            null,
            null,
            "Iran's president phoned the Saudi king on Monday."));
    RunSummary pipeline;
    try (Pipeline p = new Pipeline(pipelineConfig, stages)) {
      pipeline = p.run(inputs, InputStream.nullInputStream(), new DiscardingSink(), Progress.NONE);
    }
    double pipelineRate = pipeline.articlesPerSecond();
    out.printf(
        Locale.ROOT,
        "pipeline (2 threads): %d articles in %.1f s, %.2f articles/s%n",
        pipeline.articles(),
        pipeline.elapsed().toMillis() / 1e3,
        pipelineRate);
    double spark2 = 0;
    for (int cores : new int[] {1, 2}) {
      Path dir = Files.createTempDirectory("khaldun-bench-spark");
      try {
        SparkSession spark = Sessions.create("local[" + cores + "]", partitions);
        JobSummary s;
        try {
          JobConfig config =
              new JobConfig(
                  inputs,
                  dir.toUri().toString(),
                  null,
                  partitions,
                  ner,
                  150,
                  null,
                  false,
                  null,
                  2097152,
                  0);
          s =
              new CodeJob(spark, config, StageSource.standard())
                  .run(InputStream.nullInputStream(), new ArrayList<>());
        } finally {
          spark.stop();
        }
        out.printf(
            Locale.ROOT,
            "spark local[%d]: %d articles in %.1f s, %.2f articles/s%n",
            cores,
            s.articles(),
            s.readSeconds() + s.codeSeconds(),
            s.articlesPerSecond());
        spark2 = s.articlesPerSecond();
      } finally {
        delete(dir);
      }
    }
    out.printf(Locale.ROOT, "throughput ratio spark/pipeline: %.2f%n", spark2 / pipelineRate);
    return 0;
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(BenchSparkCommand::deleteOne);
    }
  }

  private static void deleteOne(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The pipeline's results are only counted. */
  private static final class DiscardingSink implements ResultSink {
    @Override
    public void coded(Stages.Result result) {}

    @Override
    public void rejected(Rejected rejected) {}
  }
}
