package org.khaldun;

import java.nio.file.Path;
import java.util.Objects;
import org.khaldun.ingest.Limits;
import org.khaldun.lexicon.Dictionaries;
import org.khaldun.nlp.NlpSettings;

/**
 * Khaldun's whole configuration: one record, validated once, passed to what needs it.
 *
 * @param nlp how articles are analysed
 * @param threads worker threads for coding (each shares the one CoreNLP pipeline)
 * @param cacheDirectory where annotated articles are cached, or null to cache nothing
 * @param recode code from the cache only: an article that is not cached is rejected
 * @param dictionaries the dictionary layers to code with (bundled, user directories, PETRARCH)
 * @param limits bounds on input records
 */
public record KhaldunConfig(
    NlpSettings nlp,
    int threads,
    Path cacheDirectory,
    boolean recode,
    Dictionaries dictionaries,
    Limits limits) {

  /** The default cache location, relative to the working directory. */
  public static final Path DEFAULT_CACHE = Path.of(".khaldun", "cache");

  public KhaldunConfig {
    Objects.requireNonNull(nlp, "nlp");
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(dictionaries, "dictionaries");
    if (threads < 1 || threads > 256) {
      throw new IllegalArgumentException("--threads must be between 1 and 256, was " + threads);
    }
    if (recode && cacheDirectory == null) {
      throw new IllegalArgumentException(
          "--recode reads the annotation cache, so it cannot be combined with --no-cache");
    }
  }

  /** Defaults: fast NLP settings, one thread per core, the cache under {@code .khaldun/cache}. */
  public static KhaldunConfig defaults() {
    return new KhaldunConfig(
        NlpSettings.DEFAULT,
        Math.max(1, Runtime.getRuntime().availableProcessors()),
        DEFAULT_CACHE,
        false,
        Dictionaries.bundled(),
        Limits.DEFAULT);
  }

  public KhaldunConfig withThreads(int n) {
    return new KhaldunConfig(nlp, n, cacheDirectory, recode, dictionaries, limits);
  }
}
