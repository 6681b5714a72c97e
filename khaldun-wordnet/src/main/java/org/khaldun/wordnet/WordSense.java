package org.khaldun.wordnet;

import java.util.Objects;

/**
 * One sense of one lemma: the lemma in one synset, with how often WordNet's tagged corpus used it
 * so.
 *
 * @param lemma the lemma as WordNet spells it ({@code call off})
 * @param meaning the synset
 * @param senseKey the WordNet sense key ({@code strike%2:33:00::}), stable across releases
 * @param rank the sense number of the lemma (1 is the most frequent)
 * @param count the tag count of this sense
 * @param total the tag counts of all the lemma's senses in this part of speech
 * @param senses how many senses the lemma has in this part of speech
 */
public record WordSense(
    String lemma, Meaning meaning, String senseKey, int rank, int count, int total, int senses) {
  /** Share of a sense in the lemma's uses below which it is not one of its frequent senses. */
  static final double FREQUENT_SHARE = 0.05;

  public WordSense {
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(meaning, "meaning");
  }

  /**
   * Whether this is one of the lemma's frequent senses: its first, or one with at least 5% of its
   * tagged uses; a lemma WordNet has no counts for keeps its first two (WordNet lists senses by
   * frequency). A rare sense of a word is a poor trigger: the word in a news text almost never
   * means it.
   */
  public boolean frequent() {
    if (rank == 1) {
      return true;
    }
    return total > 0 ? (double) count / total >= FREQUENT_SHARE : rank <= 2;
  }

  /**
   * The sense's share of the lemma's uses, smoothed so that senses without counts weigh a little.
   */
  public double share() {
    return (count + 0.5) / (total + 0.5 * senses);
  }
}
