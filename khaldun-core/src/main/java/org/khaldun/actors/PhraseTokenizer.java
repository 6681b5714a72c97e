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
}
