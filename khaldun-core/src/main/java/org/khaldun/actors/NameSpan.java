package org.khaldun.actors;

import java.util.ArrayList;
import java.util.List;
import org.khaldun.actors.ActorDictionary.Hit;
import org.khaldun.actors.Lexeme.Person;
import org.khaldun.model.Sentence;
import org.khaldun.model.Token;

/**
 * The personal name inside a noun phrase: the run of proper nouns that ends at the phrase head and
 * is not a country, organisation or title ("Ebrahim Raisi" in "Iranian President Ebrahim Raisi").
 */
record NameSpan(int start, int end) {

  static NameSpan find(Sentence sentence, NounPhrase phrase, Hit[] hitAt) {
    if (!isNameToken(sentence.token(phrase.head), hitAt[phrase.head])) {
      return null;
    }
    int start = phrase.head;
    while (start - 1 >= 0
        && phrase.contains(start - 1)
        && isNameToken(sentence.token(start - 1), hitAt[start - 1])) {
      start--;
    }
    int end = phrase.head + 1;
    while (end < sentence.size()
        && phrase.contains(end)
        && isNameToken(sentence.token(end), hitAt[end])) {
      end++;
    }
    return new NameSpan(start, end);
  }

  private static boolean isNameToken(Token token, Hit hit) {
    if (hit != null && !(hit.lexeme() instanceof Person)) {
      return false;
    }
    if (hit != null) {
      return true;
    }
    return token.isProperNoun() && Character.isUpperCase(token.text().codePointAt(0))
        || token.pos().equals("NNP") && token.text().equals("bin");
  }

  boolean contains(int token) {
    return token >= start && token < end;
  }

  List<String> tokens(Sentence sentence) {
    List<String> tokens = new ArrayList<>(end - start);
    for (int t = start; t < end; t++) {
      tokens.add(sentence.token(t).text());
    }
    return tokens;
  }

  String text(String articleText, Sentence sentence) {
    return sentence.text(articleText, start, end);
  }
}
