package org.khaldun.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.khaldun.KhaldunConfig;
import org.khaldun.ingest.Limits;
import org.khaldun.lexicon.Dictionaries;
import org.khaldun.nlp.NlpSettings;

/**
 * The whole configuration of one {@link CodeJob}, validated once on the driver and shipped to the
 * executors, which build their {@link KhaldunConfig} from it. Plain values only, so it serialises.
 *
 * @param inputs local files and directories (read as {@code code} reads them) or Parquet paths
 * @param out the output directory, any Hadoop path
 * @param master the Spark master for a launch outside {@code spark-submit}, or null to take the
 *     submitted one
 * @param partitions how many partitions the articles are coded in
 * @param ner the NER mode ({@code time}, {@code fast}, {@code full})
 * @param maxSentenceTokens as {@code code --max-sentence-tokens}
 * @param cacheDirectory the annotation cache shared by the executors, or null for none
 * @param recode code from the cache only
 * @param dictionaries the dictionary layers, as {@code --dictionaries} takes them, or null
 * @param maxRecordBytes as {@code code --max-record-bytes}
 * @param articleTimeLimitMillis as {@code code --article-time-limit}, in milliseconds
 */
public record JobConfig(
    List<String> inputs,
    String out,
    String master,
    int partitions,
    String ner,
    int maxSentenceTokens,
    String cacheDirectory,
    boolean recode,
    String dictionaries,
    int maxRecordBytes,
    long articleTimeLimitMillis)
    implements Serializable {
  public JobConfig {
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(out, "out");
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("give at least one input");
    }
    if (partitions < 1 || partitions > 100_000) {
      throw new IllegalArgumentException(
          "--partitions must be between 1 and 100000, was " + partitions);
    }
    // Fails here, on the driver, rather than in every executor.
    khaldun(
        ner,
        maxSentenceTokens,
        cacheDirectory,
        recode,
        dictionaries,
        maxRecordBytes,
        articleTimeLimitMillis);
  }

  /** The per-executor configuration: one thread, since Spark runs one task per core. */
  public KhaldunConfig toKhaldun() {
    return khaldun(
        ner,
        maxSentenceTokens,
        cacheDirectory,
        recode,
        dictionaries,
        maxRecordBytes,
        articleTimeLimitMillis);
  }

  private static KhaldunConfig khaldun(
      String ner,
      int maxSentenceTokens,
      String cacheDirectory,
      boolean recode,
      String dictionaries,
      int maxRecordBytes,
      long articleTimeLimitMillis) {
    return new KhaldunConfig(
        new NlpSettings(NlpSettings.NerMode.parse(ner), maxSentenceTokens),
        1,
        cacheDirectory == null ? null : Path.of(cacheDirectory),
        recode,
        Dictionaries.parse(dictionaries),
        new Limits(maxRecordBytes, Duration.ofMillis(articleTimeLimitMillis)));
  }

  /** What decides the stages an executor builds: jobs that agree on it share them. */
  String stagesKey() {
    return String.join(
        "\u0000",
        ner,
        Integer.toString(maxSentenceTokens),
        String.valueOf(cacheDirectory),
        Boolean.toString(recode),
        String.valueOf(dictionaries),
        Long.toString(articleTimeLimitMillis));
  }
}
