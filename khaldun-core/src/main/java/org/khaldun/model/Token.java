package org.khaldun.model;

import java.util.Objects;

/**
 * One token with its basic dependency.
 *
 * @param index 0-based position in its sentence
 * @param text the surface form
 * @param lemma lower-case lemma; a plural noun the lemmatiser left unchanged ("troops", or
 *     "Sanctions" opening a sentence) is given its singular, so that patterns and dictionaries
 *     written in the singular match it
 * @param pos Penn Treebank tag
 * @param ner named-entity tag, {@code O} when none
 * @param begin character offset in the article text
 * @param end character offset after the token
 * @param head index of the governor in the same sentence, -1 for the root
 * @param relation Universal Dependencies label of the arc from the governor
 */
public record Token(
    int index,
    String text,
    String lemma,
    String pos,
    String ner,
    int begin,
    int end,
    int head,
    String relation) {
  public Token {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(ner, "ner");
    Objects.requireNonNull(relation, "relation");
    if (end < begin) {
      throw new IllegalArgumentException("token " + text + " ends before it begins");
    }
    // A sentence-initial plural is often tagged proper ("Sanctions were imposed"): singular too.
    boolean plural = pos.equals("NNS") || pos.equals("NNPS") && index == 0;
    if (plural && lemma.length() > 3 && lemma.endsWith("s")) {
      lemma = singular(lemma);
    }
  }

  /** The singular of a regular English plural; other words are returned unchanged. */
  public static String singular(String word) {
    if (word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")) {
      return word; // "press", "consensus", "crisis"
    }
    if (word.endsWith("ies") && word.length() > 4) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.endsWith("sses")
        || word.endsWith("ches")
        || word.endsWith("shes")
        || word.endsWith("xes")
        || word.endsWith("zes")) {
      return word.substring(0, word.length() - 2);
    }
    return word.substring(0, word.length() - 1);
  }

  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }

  public boolean isPronoun() {
    return pos.equals("PRP") || pos.equals("PRP$");
  }
}
