package org.khaldun.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.khaldun.model.Sentence;
import org.khaldun.model.Token;

/**
 * Undoes a misreading of the parser that hides a verb's object: "condemned the U.S. strikes on
 * Yemen" parsed as a clause "the U.S. strikes", with "U.S." its subject. The tagger knows "strikes"
 * is a noun; a complement clause headed by a common noun, with no auxiliary, copula or marker of
 * its own, under a verb with no object, is read back as the object, and its preceding subject as
 * the noun's modifier. Stateless.
 */
final class ParseRepair {
  private static final Set<String> CLAUSE_MARKERS =
      Set.of("aux", "aux:pass", "cop", "mark", "nsubj:pass", "obj", "expl");

  private ParseRepair() {}

  /** The sentence with its misread noun clauses repaired, or the sentence itself. */
  static Sentence repair(Sentence sentence) {
    List<Token> tokens = null;
    for (Token token : sentence.tokens()) {
      if (!misreadNounClause(sentence, token)) {
        continue;
      }
      if (tokens == null) {
        tokens = new ArrayList<>(sentence.tokens());
      }
      tokens.set(token.index(), relabel(token, "obj"));
      for (Token child : sentence.children(token.index())) {
        if (child.relation().equals("nsubj") && child.index() < token.index()) {
          tokens.set(child.index(), relabel(child, child.isProperNoun() ? "compound" : "amod"));
        }
      }
    }
    return tokens == null
        ? sentence
        : new Sentence(
            sentence.index(), sentence.begin(), sentence.end(), tokens, sentence.times());
  }

  private static boolean misreadNounClause(Sentence sentence, Token token) {
    if (!token.relation().equals("ccomp")
        || !(token.pos().equals("NN") || token.pos().equals("NNS"))
        || token.head() < 0
        || !sentence.token(token.head()).isVerb()
        || Grammar.object(sentence, token.head()) >= 0) {
      return false;
    }
    for (Token child : sentence.children(token.index())) {
      if (CLAUSE_MARKERS.contains(child.relation())) {
        return false;
      }
    }
    return true;
  }

  private static Token relabel(Token token, String relation) {
    return new Token(
        token.index(),
        token.text(),
        token.lemma(),
        token.pos(),
        token.ner(),
        token.begin(),
        token.end(),
        token.head(),
        relation);
  }
}
