package org.khaldun.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.khaldun.model.ActorMention;
import org.khaldun.model.Sentence;
import org.khaldun.model.Token;

/** What the dependency tree says about a reference: its modifiers, numbers, conjuncts, speaker. */
final class ReferenceSyntax {
  private ReferenceSyntax() {}

  static boolean covered(List<ActorMention> mentions, int token) {
    for (ActorMention mention : mentions) {
      if (mention.head() == token) {
        return true;
      }
    }
    return false;
  }

  private static final List<String> NUMBERS =
      List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine");

  /** The number a numeral modifier gives the noun ("the three countries"), or 0. */
  static int count(Sentence sentence, int head) {
    for (Token child : sentence.children(head)) {
      if (child.relation().equals("nummod")) {
        int word = NUMBERS.indexOf(child.lemma());
        if (word >= 0) {
          return word;
        }
        return child.lemma().matches("[0-9]") ? Integer.parseInt(child.lemma()) : 0;
      }
    }
    return 0;
  }

  /** "Egypt and Jordan said they would ...": conjoined actors earlier in the sentence. */
  static List<ActorMention> conjoinedBefore(
      Sentence sentence, Token token, List<ActorMention> direct) {
    List<ActorMention> before = direct.stream().filter(m -> m.head() < token.index()).toList();
    return conjoined(sentence, before, 2);
  }

  /** Verbs that report speech, whose subject a first-person pronoun in the quote refers to. */
  static final Set<String> SPEECH =
      Set.of("say", "tell", "add", "state", "declare", "warn", "write", "insist", "stress", "note");

  /** The actor that is the subject of a speech verb in the sentence, or null. */
  static ActorMention speaker(Sentence sentence, List<ActorMention> direct) {
    for (ActorMention mention : direct) {
      Token head = sentence.token(mention.head());
      if (head.relation().equals("nsubj")
          && head.head() >= 0
          && SPEECH.contains(sentence.token(head.head()).lemma())) {
        return mention;
      }
    }
    return null;
  }

  static boolean hasChild(Sentence sentence, int head, String relation, String lemma) {
    for (Token child : sentence.children(head)) {
      if (child.relation().equals(relation) && child.lemma().equals(lemma)) {
        return true;
      }
    }
    return false;
  }

  static boolean hasModifier(Sentence sentence, int head) {
    for (Token child : sentence.children(head)) {
      String rel = child.relation();
      if (rel.equals("amod")
          || rel.startsWith("compound")
          || rel.equals("nmod:poss")
          || rel.startsWith("nmod")) {
        return true;
      }
    }
    return false;
  }

  static int spanStart(Sentence sentence, Token token) {
    int start = token.index();
    for (Token child : sentence.children(token.index())) {
      if (child.index() < start
          && (child.relation().equals("det")
              || child.relation().equals("nummod")
              || child.relation().equals("cc:preconj"))) {
        start = child.index();
      }
    }
    return start;
  }

  /**
   * The first actor with its different conjoined actors ("Spain, Ireland and Norway"), if they are
   * at least {@code minimum}; else empty.
   */
  static List<ActorMention> conjoined(Sentence sentence, List<ActorMention> mentions, int minimum) {
    for (ActorMention first : mentions) {
      List<ActorMention> found = new ArrayList<>(List.of(first));
      for (ActorMention other : mentions) {
        Token head = sentence.token(other.head());
        if (head.relation().equals("conj")
            && head.head() == first.head()
            && found.stream().noneMatch(other::sameActor)) {
          found.add(other);
        }
      }
      if (found.size() >= minimum) {
        return found;
      }
    }
    return List.of();
  }

  /** True when {@code token} hangs below {@code verb} through at most two nominal links. */
  static boolean governedBy(Sentence sentence, int token, int verb) {
    int current = sentence.token(token).head();
    for (int hops = 0; hops < 3 && current >= 0; hops++) {
      if (current == verb) {
        return true;
      }
      if (sentence.token(current).isVerb()) {
        return false;
      }
      current = sentence.token(current).head();
    }
    return false;
  }
}
