package org.khaldun.model;

import java.util.Objects;

/**
 * One token with its basic dependency.
 *
 * @param index 0-based position in its sentence
 * @param text the surface form
 * @param lemma lower-case lemma
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
