package org.khaldun.nlp;

import java.util.Locale;
import java.util.Objects;

/**
 * How articles are analysed. Part of the cache key: changing any field re-parses.
 *
 * @param ner which named-entity recognition to run
 * @param maxSentenceTokens sentences longer than this are cut at clause boundaries before tagging
 *     and parsing (see {@link LongSentences})
 */
public record NlpSettings(NerMode ner, int maxSentenceTokens) {
  /** CoreNLP release the models come from; part of the cache key. */
  public static final String CORENLP_VERSION = "4.5.10";

  /**
   * Bumped whenever the text given to CoreNLP or the conversion of its annotations changes (2:
   * datelines hidden; 3: long sentences cut).
   */
  static final int FORMAT_VERSION = 3;

  /** Longer than all but a few news sentences, short enough for the parser to stay fast. */
  public static final int DEFAULT_MAX_SENTENCE_TOKENS = 150;

  /** The default, chosen by measurement (see docs/PERFORMANCE.md). */
  public static final NlpSettings DEFAULT = new NlpSettings(NerMode.TIME);

  public NlpSettings {
    Objects.requireNonNull(ner, "ner");
    if (maxSentenceTokens < 20 || maxSentenceTokens > 1000) {
      throw new IllegalArgumentException(
          "--max-sentence-tokens must be between 20 and 1000, was " + maxSentenceTokens);
    }
  }

  public NlpSettings(NerMode ner) {
    this(ner, DEFAULT_MAX_SENTENCE_TOKENS);
  }

  /** Named-entity recognition options, from most to least expensive. */
  public enum NerMode {
    /** CoreNLP's three CRF taggers, fine-grained KBP gazetteer, numbers and SUTime. */
    FULL,
    /** The three CRF taggers, numbers and SUTime, without the fine-grained gazetteer. */
    FAST,
    /** No entity tagger: SUTime alone; Khaldun's dictionaries find the actors. */
    TIME;

    public static NerMode parse(String value) {
      try {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "unknown NER mode '" + value + "' (expected full, fast or time)", e);
      }
    }
  }

  /** Identifies this configuration in cache keys. */
  public String key() {
    return "corenlp-"
        + CORENLP_VERSION
        + "-ner-"
        + ner.name().toLowerCase(Locale.ROOT)
        + "-v"
        + FORMAT_VERSION
        + (maxSentenceTokens == DEFAULT_MAX_SENTENCE_TOKENS ? "" : "-max" + maxSentenceTokens);
  }
}
