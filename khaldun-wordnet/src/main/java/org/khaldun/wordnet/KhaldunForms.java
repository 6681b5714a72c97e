package org.khaldun.wordnet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Maps WordNet lemmas to the trigger forms a Khaldun pattern can express, and back. A verb is a
 * lemma or {@code verb_word} (phrasal verb, verb with its object or preposition: {@code call_off},
 * {@code open_fire}); a noun is a lemma, {@code modifier-noun} ({@code work-stoppage}) or {@code
 * head-of-noun} ({@code state-of-emergency}). Anything else (longer phrases, proper names, digits,
 * apostrophes) cannot be expressed and maps to nothing. Stateless.
 */
public final class KhaldunForms {
  private static final Pattern WORD = Pattern.compile("[a-z]+");
  private static final Pattern HYPHENATED = Pattern.compile("[a-z]+(-[a-z]+)?");

  private KhaldunForms() {}

  /** The Khaldun trigger for a WordNet lemma ({@code "call off"} → {@code call_off}), if any. */
  public static Optional<String> fromWordNet(Pos pos, String lemma) {
    String[] words = lemma.split(" ");
    if (pos == Pos.VERB) {
      if (words.length == 1 && HYPHENATED.matcher(words[0]).matches()) {
        return Optional.of(words[0]);
      }
      // The coder matches the second word as a particle, adverb, object or preposition of the verb.
      if (words.length == 2 && WORD.matcher(words[0]).matches() && isWord(words[1])) {
        return Optional.of(words[0] + "_" + words[1]);
      }
      return Optional.empty();
    }
    if (words.length == 1 && HYPHENATED.matcher(words[0]).matches()) {
      return Optional.of(words[0]);
    }
    if (words.length == 2 && isWord(words[0]) && isWord(words[1])) {
      return Optional.of(words[0] + "-" + words[1]);
    }
    if (words.length == 3 && words[1].equals("of") && isWord(words[0]) && isWord(words[2])) {
      return Optional.of(words[0] + "-of-" + words[2]);
    }
    return Optional.empty();
  }

  /**
   * The WordNet spellings a Khaldun trigger may have, most likely first: {@code call_off} → {@code
   * "call off"}, {@code phone-call} → {@code "phone call"} then {@code "phone-call"}.
   */
  public static List<String> toWordNet(Pos pos, String trigger) {
    List<String> spellings = new ArrayList<>(2);
    if (pos == Pos.VERB) {
      spellings.add(trigger.replace('_', ' '));
      if (trigger.indexOf('-') > 0) {
        spellings.add(trigger.replace('-', ' '));
      }
      return spellings;
    }
    if (trigger.indexOf('-') > 0) {
      spellings.add(trigger.replace('-', ' '));
    }
    spellings.add(trigger);
    return spellings;
  }

  /** The plain words of a trigger, as they appear in WordNet lemmas and glosses. */
  public static String plain(String trigger) {
    return trigger.replace('_', ' ').replace('-', ' ');
  }

  private static boolean isWord(String word) {
    return WORD.matcher(word).matches();
  }
}
