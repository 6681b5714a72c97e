package org.khaldun.app;

import java.nio.file.Path;
import java.time.Duration;
import org.khaldun.KhaldunConfig;
import org.khaldun.ingest.Limits;
import org.khaldun.lexicon.Dictionaries;
import org.khaldun.nlp.NlpSettings;
import picocli.CommandLine.Option;

/** Options shared by the commands that run the pipeline; they become one {@link KhaldunConfig}. */
final class PipelineOptions {
  @Option(
      names = "--ner",
      paramLabel = "MODE",
      defaultValue = "time",
      description =
          "Named-entity recognition: time (SUTime only; Khaldun's dictionaries find actors; default), fast (CoreNLP's CRF taggers too) or full (plus the fine-grained gazetteer).")
  String ner;

  @Option(
      names = {"-t", "--threads"},
      paramLabel = "N",
      description = "Worker threads (default: one per core).")
  Integer threads;

  @Option(
      names = "--cache",
      paramLabel = "DIR",
      description = "Annotation cache directory (default: ${DEFAULT-VALUE}).",
      defaultValue = ".khaldun/cache")
  Path cache;

  @Option(names = "--no-cache", description = "Neither read nor write the annotation cache.")
  boolean noCache;

  @Option(
      names = "--recode",
      description =
          "Code from the annotation cache only, without parsing (after a dictionary or pattern change).")
  boolean recode;

  @Option(
      names = "--dictionaries",
      paramLabel = "LAYERS",
      description =
          "Dictionaries to code with, comma-separated: bundled, DIR (your own countries.tsv, igos.tsv, groups.tsv, people.tsv, agents.tsv, grammar.txt or patterns.txt) and petrarch:DIR (PETRARCH/TABARI verb, actor and agent dictionaries). A plain DIR extends the bundled ones; petrarch:DIR alone codes with PETRARCH's alone (default: bundled).")
  String dictionaries;

  @Option(
      names = "--max-record-bytes",
      paramLabel = "BYTES",
      defaultValue = "2097152",
      description = "Reject larger files or JSON lines (default: ${DEFAULT-VALUE}).")
  int maxRecordBytes;

  @Option(
      names = "--max-sentence-tokens",
      paramLabel = "N",
      defaultValue = "150",
      description =
          "Cut longer sentences at clause boundaries before parsing, which is slow on very long ones (default: ${DEFAULT-VALUE}).")
  int maxSentenceTokens;

  @Option(
      names = "--article-time-limit",
      paramLabel = "SECONDS",
      defaultValue = "120",
      description =
          "Reject an article whose analysis takes longer, so the batch goes on (0: no limit; default: ${DEFAULT-VALUE}).")
  double articleTimeLimit;

  KhaldunConfig toConfig() {
    int n = threads == null ? Math.max(1, Runtime.getRuntime().availableProcessors()) : threads;
    return new KhaldunConfig(
        new NlpSettings(NlpSettings.NerMode.parse(ner), maxSentenceTokens),
        n,
        noCache ? null : cache,
        recode,
        Dictionaries.parse(dictionaries),
        new Limits(maxRecordBytes, seconds(articleTimeLimit)));
  }

  private static Duration seconds(double value) {
    if (!(value >= 0) || value > 86_400) {
      throw new IllegalArgumentException(
          "--article-time-limit must be between 0 and 86400 seconds, was " + value);
    }
    return Duration.ofMillis(Math.round(value * 1000));
  }
}
