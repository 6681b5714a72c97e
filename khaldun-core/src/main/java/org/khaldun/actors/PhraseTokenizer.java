package org.khaldun.actors;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits dictionary phrases into tokens the way CoreNLP's English tokenizer splits running text,
 * for the cases dictionaries contain: possessive {@code 's}, brackets, commas and quotes become
 * tokens of their own; abbreviations with inner periods ({@code U.S.}) and hyphenated words stay
 * whole.
 */
final class PhraseTokenizer {
  private PhraseTokenizer() {}

  static List<String> split(String phrase) {
    List<String> tokens = new ArrayList<>();
    for (String word : phrase.trim().split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      List<String> trailing = new ArrayList<>();
      while (word.length() > 1 && "(\"'“‘".indexOf(word.charAt(0)) >= 0) {
        tokens.add(word.substring(0, 1));
        word = word.substring(1);
      }
      while (word.length() > 1
          && "),\"'”’".indexOf(word.charAt(word.length() - 1)) >= 0
          && !(word.endsWith("'") && word.length() > 2 && word.charAt(word.length() - 2) == 's')) {
        trailing.add(0, word.substring(word.length() - 1));
        word = word.substring(0, word.length() - 1);
      }
      if (word.length() > 2 && (word.endsWith("'s") || word.endsWith("’s"))) {
        tokens.add(word.substring(0, word.length() - 2));
        tokens.add(word.substring(word.length() - 2));
      } else {
        tokens.add(word);
      }
      tokens.addAll(trailing);
    }
    return tokens;
  }

  /** At most this many hyphens of one phrase are tried both whole and split. */
  private static final int MAX_SPLIT_POINTS = 6;

  /**
   * The tokens of a phrase as CoreNLP may split it in running text: {@code tokens} itself first,
   * then each combination of its hyphenated words split at their inner hyphens ({@code al-Sham} as
   * {@code al - Sham}) and its plural possessives split ({@code Workers'} as {@code Workers '}).
   * The tokenizer splits some hyphenated words and keeps others whole, so every combination is
   * given.
   */
  static List<List<String>> variants(List<String> tokens) {
    List<List<String>> variants = new ArrayList<>();
    variants.add(List.copyOf(tokens));
    int points = 0;
    for (String token : tokens) {
      points += splitPoints(token).size();
    }
    if (points == 0 || points > MAX_SPLIT_POINTS) {
      return variants;
    }
    for (int mask = 1; mask < (1 << points); mask++) {
      List<String> variant = new ArrayList<>();
      int bit = 0;
      for (String token : tokens) {
        List<Integer> at = splitPoints(token);
        int start = 0;
        for (int point : at) {
          if ((mask & (1 << bit++)) != 0) {
            if (point > start) {
              variant.add(token.substring(start, point));
            }
            variant.add(token.substring(point, point + 1));
            start = point + 1;
          }
        }
        if (start < token.length()) {
          variant.add(token.substring(start));
        }
      }
      variants.add(List.copyOf(variant));
    }
    return variants;
  }

  /** Inner hyphens with a letter or digit on both sides, and the apostrophe ending "Workers'". */
  private static List<Integer> splitPoints(String token) {
    List<Integer> points = new ArrayList<>();
    for (int i = 1; i < token.length() - 1; i++) {
      if (token.charAt(i) == '-'
          && Character.isLetterOrDigit(token.charAt(i - 1))
          && Character.isLetterOrDigit(token.charAt(i + 1))) {
        points.add(i);
      }
    }
    int last = token.length() - 1;
    if (last >= 2 && "'’".indexOf(token.charAt(last)) >= 0 && token.charAt(last - 1) == 's') {
      points.add(last);
    }
    return points;
  }
}
