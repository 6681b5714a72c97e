package org.khaldun.ingest.html;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;

/**
 * Detects the language of an extracted text with lingua, among the languages news arrives in most
 * (English and the main languages of world news). Restricting the set keeps the models small
 * (lingua loads one per language, lazily) and the detection fast; a text in a language outside the
 * set comes out as the nearest one of the set, never as English unless it reads as English.
 * Thread-safe; the detector is built once per JVM, on first use.
 */
public final class Languages {
  /** How much of a text is read: a few paragraphs decide, and the cost grows with length. */
  private static final int SAMPLE_CHARS = 1500;

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
            .build();
  }

  /** The ISO 639-1 code ({@code en}, {@code fr}, ...) of {@code text}'s language, or null. */
  public static String detect(String text) {
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    Language language = Holder.DETECTOR.detectLanguageOf(sample);
    if (language == Language.UNKNOWN) {
      return null;
    }
    return language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
  }
}
