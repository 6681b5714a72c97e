package org.khaldun.ingest.html;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;

/**
 * Detects the language of an extracted text with lingua, among the languages news arrives in most
 * (English and the main languages of world news). Restricting the set keeps the models small
 * (lingua loads one per language, lazily) and the detection fast; a text in a language outside the
 * set comes out as the nearest one of the set, never as English unless it reads as English. A text
 * whose commonest English words make up a good share of it is English without consulting the
 * models, which saves most of the time on English news. Thread-safe; the detector is built once per
 * JVM, on first use.
 */
public final class Languages {
  /** How much of a text is read: a few paragraphs decide, and the cost grows with length. */
  private static final int SAMPLE_CHARS = 600;

  private Languages() {}

  private static final class Holder {
    static final LanguageDetector DETECTOR =
        LanguageDetectorBuilder.fromLanguages(
                Language.ENGLISH,
                Language.FRENCH,
                Language.GERMAN,
                Language.SPANISH,
                Language.PORTUGUESE,
                Language.ITALIAN,
                Language.DUTCH,
                Language.RUSSIAN,
                Language.UKRAINIAN,
                Language.POLISH,
                Language.TURKISH,
                Language.ARABIC,
                Language.PERSIAN,
                Language.HEBREW,
                Language.URDU,
                Language.HINDI,
                Language.CHINESE,
                Language.JAPANESE,
                Language.KOREAN,
                Language.INDONESIAN,
                Language.SWAHILI)
            // Trigrams alone: a paragraph of news text is plenty for them, at a fraction of the
            // cost.
            .withLowAccuracyMode()
            .build();
  }

  /**
   * Words frequent in any English text and rare as words in the other languages of the set: when
   * they make up a good share of a text, it is English without asking the models.
   */
  private static final java.util.Set<String> ENGLISH_MARKERS =
      java.util.Set.of(
          "the", "and", "of", "that", "with", "was", "for", "this", "have", "from", "which", "were",
          "said", "would", "their", "been", "has", "are", "but", "they", "will", "its", "not");

  /** Share of marker words above which a text is English; other languages stay near zero. */
  private static final double ENGLISH_SHARE = 0.15;

  private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}']+");

  /** The ISO 639-1 code ({@code en}, {@code fr}, ...) of {@code text}'s language, or null. */
  public static String detect(String text) {
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    if (clearlyEnglish(sample)) {
      return "en";
    }
    Language language = Holder.DETECTOR.detectLanguageOf(sample);
    if (language == Language.UNKNOWN) {
      return null;
    }
    return language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
  }

  static boolean clearlyEnglish(String sample) {
    int words = 0;
    int markers = 0;
    java.util.regex.Matcher m = WORD.matcher(sample);
    while (m.find()) {
      words++;
      if (ENGLISH_MARKERS.contains(m.group().toLowerCase(Locale.ROOT))) {
        markers++;
      }
    }
    return words >= 30 && markers >= words * ENGLISH_SHARE;
  }
}
