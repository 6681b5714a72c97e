package org.khaldun.lexicon.petrarch;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.khaldun.model.Token;

/**
 * Writes PETRARCH nouns the way Khaldun's patterns name nouns: lower-case lemmas ({@code SANCTIONS}
 * is {@code sanction}), {@code modifier-head} for a noun with a modifier ({@code {ARMS SHIPMENT}}
 * is {@code arm-shipment}) and {@code head-of-noun} for a noun with an of-phrase. Stateless.
 */
final class NounForms {
  private static final Pattern WORD = Pattern.compile("[a-z]+(?:['.-][a-z]+)*\\.?");

  /**
   * Plurals in form that the tagger reads as singular nouns, or whose lemma keeps the {@code s}:
   * Khaldun's lemma for them is the word itself.
   */
  private static final Set<String> KEEP_S =
      Set.of(
          "news",
          "series",
          "species",
          "means",
          "whereabouts",
          "politics",
          "economics",
          "physics",
          "ethics",
          "headquarters",
          "overseas",
          "always",
          "perhaps");

  private NounForms() {}

  /**
   * Whether a PETRARCH word can be written as a Khaldun noun: letters, with inner hyphens,
   * apostrophes and periods ({@code U.N.}).
   */
  static boolean isWord(String word) {
    return WORD.matcher(word.toLowerCase(Locale.ROOT)).matches();
  }

  /** The lemma Khaldun gives a noun: lower case, regular plurals made singular. */
  static String lemma(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.length() > 3 && lower.endsWith("s") && !KEEP_S.contains(lower)) {
      return Token.singular(lower);
    }
    return lower;
  }

  /**
   * The forms of a noun phrase given as its words: one word is its lemma; with {@code OF} inside
   * ({@code WEAPON OF MASS DESTRUCTION}) the word before it and the last word make {@code
   * weapon-of-destruction}; otherwise the word before the head modifies it ({@code arm-shipment})
   * and earlier words are dropped. Null when a word is not a word.
   */
  static String phrase(List<String> words) {
    for (String word : words) {
      if (!isWord(word)) {
        return null;
      }
    }
    int n = words.size();
    if (n == 1) {
      return lemma(words.get(0));
    }
    int of = words.indexOf("OF");
    if (of > 0 && of < n - 1) {
      return lemma(words.get(of - 1)) + "-of-" + lemma(words.get(n - 1));
    }
    return modifier(words.get(n - 2)) + "-" + lemma(words.get(n - 1));
  }

  /** A modifier is matched by its lemma too ("arms" in "arms shipment" is "arm"). */
  static String modifier(String word) {
    return lemma(word);
  }

  /** Every combination of a modifier form and a head form, as {@code modifier-head}. */
  static Set<String> compounds(Set<String> modifiers, Set<String> heads) {
    Set<String> result = new LinkedHashSet<>();
    for (String modifier : modifiers) {
      for (String head : heads) {
        // A head that is itself a compound keeps its own modifier: Khaldun reads one.
        result.add(head.indexOf('-') > 0 ? head : modifier + "-" + head);
      }
    }
    return result;
  }
}
