package org.khaldun.spark;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.khaldun.KhaldunConfig;
import org.khaldun.KhaldunException;
import org.khaldun.model.Notice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code spark code INPUT... --out DIR}: parses options, runs {@link CodeJob}, reports. */
@Command(
    name = "code",
    mixinStandardHelpOptions = true,
    description =
        "Codes articles with Spark: the stages of 'code', built once per executor, events grouped per actor pair by the store's rule; writes articles/, mentions/, events/ (Parquet), rejects/ and _SUMMARY.json under --out.")
final class SparkCodeCommand implements Callable<Integer> {
  @Parameters(
      paramLabel = "INPUT",
      arity = "1..*",
      description =
          "Text files, JSON-lines files, web pages, WARC files, directories, - (standard input), or Parquet files with the JSON-lines fields; a URI with a scheme (file:, hdfs:, s3a:) is read through Hadoop by the executors.")
  List<String> inputs;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
  String out;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description = "Spark master (default: the submitted one, else local[*]).")
  String master;

  @Option(
      names = "--partitions",
      paramLabel = "N",
      description = "Partitions to code in (default: twice the cores).")
  Integer partitions;

  @Option(names = "--ner", paramLabel = "MODE", defaultValue = "time", description = "As 'code'.")
  String ner;

  @Option(
      names = "--cache",
      paramLabel = "DIR",
      description =
          "Annotation cache the executors share (default: .khaldun/cache with a local master, none on a cluster).")
  String cache;

  @Option(names = "--no-cache", description = "Neither read nor write the annotation cache.")
  boolean noCache;

  @Option(names = "--recode", description = "Code from the annotation cache only.")
  boolean recode;

  @Option(names = "--dictionaries", paramLabel = "LAYERS", description = "As 'code'.")
  String dictionaries;

  @Option(names = "--max-record-bytes", paramLabel = "BYTES", defaultValue = "2097152")
  int maxRecordBytes;

  @Option(names = "--max-sentence-tokens", paramLabel = "N", defaultValue = "150")
  int maxSentenceTokens;

  @Option(names = "--article-time-limit", paramLabel = "SECONDS", defaultValue = "120")
  double articleTimeLimit;

  @Option(names = "--quiet", description = "Print nothing but errors.")
  boolean quiet;

  @Override
  public Integer call() {
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    // spark-submit passes its master as a spark.* system property, which a new SparkConf reads.
    boolean submitted = new SparkConf().contains("spark.master");
    String effectiveMaster = master != null ? master : submitted ? null : "local[*]";
    boolean local = effectiveMaster != null && effectiveMaster.startsWith("local");
    try {
      int n = partitions == null ? 2 * Runtime.getRuntime().availableProcessors() : partitions;
      if (partitions == null && !local) {
        n = 200;
      }
      JobConfig config = config(n, local);
      SparkSession spark = Sessions.create(effectiveMaster, n);
      try {
        List<Notice> notices = new ArrayList<>();
        JobSummary s = new CodeJob(spark, config, StageSource.standard()).run(System.in, notices);
        if (!quiet) {
          for (Notice notice : notices) {
            err.println("note: " + notice);
          }
          err.printf(
              Locale.ROOT,
              "spark: %d articles, %d mentions, %d events, %d rejected (see %s/rejects) in %.1f s,"
                  + " %.2f articles/s -> %s%n",
              s.articles(),
              s.mentions(),
              s.events(),
              s.rejected(),
              out,
              s.readSeconds() + s.codeSeconds(),
              s.articlesPerSecond(),
              out);
        }
        return s.articles() == 0 && s.rejected() > 0 ? 2 : 0;
      } finally {
        spark.stop();
      }
    } catch (IllegalArgumentException | KhaldunException e) {
      err.println("khaldun spark code: " + e.getMessage());
      return 2;
    }
  }

  JobConfig config(int n, boolean local) {
    String cacheDir = noCache ? null : cache != null ? cache : local ? defaultCache() : null;
    if (!(articleTimeLimit >= 0) || articleTimeLimit > 86_400) {
      throw new IllegalArgumentException(
          "--article-time-limit must be between 0 and 86400 seconds, was " + articleTimeLimit);
    }
    return new JobConfig(
        inputs,
        out,
        master,
        n,
        ner,
        maxSentenceTokens,
        cacheDir,
        recode,
        dictionaries,
        maxRecordBytes,
        Duration.ofMillis(Math.round(articleTimeLimit * 1000)).toMillis());
  }

  private static String defaultCache() {
    return KhaldunConfig.DEFAULT_CACHE.toString();
  }
}
