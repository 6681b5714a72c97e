package org.khaldun.actors;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.khaldun.model.Sentence;
import org.khaldun.model.Token;

/**
 * A noun phrase read off the dependency tree: a head with its compounds, adjectives, flat names,
 * determiners, numbers and possessors. The possessor is kept apart because it describes the head
 * ("Iran's mission") rather than being it.
 */
final class NounPhrase {
  final int head;

  /** Tokens of the phrase proper, possessor excluded. */
  final BitSet own = new BitSet();

  /** Head of the possessor phrase ({@code nmod:poss}), or -1. */
  final int possessor;

  /** Head of an "of" phrase ("President of Iran", "King Hassan of Morocco"), or -1. */
  final int ofPhrase;

  /** Head of a "from" or "in" phrase ("doctors from Sweden", "demonstrators in Baghdad"), or -1. */
  final int placePhrase;

  int start;
  int end;

  private NounPhrase(Sentence sentence, int head) {
    this.head = head;
    int poss = -1;
    int of = -1;
    int place = -1;
    collect(sentence, head);
    for (int t = own.nextSetBit(0); t >= 0; t = own.nextSetBit(t + 1)) {
      for (Token child : sentence.children(t)) {
        if (child.relation().equals("nmod:poss") && poss < 0) {
          poss = child.index();
        }
      }
    }
    for (Token child : sentence.children(head)) {
      if (child.relation().equals("nmod") && hasCase(sentence, child.index(), "of") && of < 0) {
        of = child.index();
      } else if (child.relation().equals("nmod")
          && (hasCase(sentence, child.index(), "from") || hasCase(sentence, child.index(), "in"))
          && place < 0) {
        place = child.index();
      }
    }
    this.possessor = poss;
    this.ofPhrase = of;
    this.placePhrase = place;
    start = own.nextSetBit(0);
    end = own.length();
    if (poss >= 0) {
      BitSet possTokens = new BitSet();
      subtree(sentence, poss, possTokens);
      start = Math.min(start, possTokens.nextSetBit(0));
      end = Math.max(end, possTokens.length());
    }
  }

  static NounPhrase of(Sentence sentence, int head) {
    return new NounPhrase(sentence, head);
  }

  private void collect(Sentence sentence, int index) {
    own.set(index);
    for (Token child : sentence.children(index)) {
      String rel = child.relation();
      if (rel.startsWith("compound") && !rel.equals("compound:prt")
          || rel.equals("amod")
          || rel.startsWith("flat")
          || rel.equals("det")
          || rel.equals("nummod")
          || rel.equals("dep")
              && child.isProperNoun()
              && child.index() > index - 3
              && child.index() < index) {
        collect(sentence, child.index());
      } else if (rel.equals("punct")
          && child.index() > own.nextSetBit(0)
          && child.index() < index) {
        own.set(child.index());
      }
    }
  }

  private static void subtree(Sentence sentence, int index, BitSet into) {
    into.set(index);
    for (Token child : sentence.children(index)) {
      subtree(sentence, child.index(), into);
    }
  }

  static boolean hasCase(Sentence sentence, int index, String preposition) {
    for (Token child : sentence.children(index)) {
      if (child.relation().equals("case") && child.lemma().equals(preposition)) {
        return true;
      }
    }
    return false;
  }

  /** Tokens of the phrase in order. */
  List<Integer> tokens() {
    List<Integer> result = new ArrayList<>(own.cardinality());
    for (int t = own.nextSetBit(0); t >= 0; t = own.nextSetBit(t + 1)) {
      result.add(t);
    }
    return result;
  }

  boolean contains(int token) {
    return own.get(token);
  }
}
