package org.khaldun.model;

import java.util.Objects;

/**
 * A span of a sentence resolved to an actor.
 *
 * @param sentence index of the sentence, or {@link #DATELINE} for the place a wire dateline names
 *     (where the story was filed; its token fields are then 0, 1, 0)
 * @param start first token of the span (inclusive)
 * @param end last token of the span (exclusive)
 * @param head index of the span's head token
 * @param begin character offset of the span in the article
 * @param endChar character offset after the span
 * @param code the actor code
 * @param name a readable name: the person or group named, else the span's text
 * @param basis how the code was found: {@code dictionary}, {@code title}, {@code people}, {@code
 *     learned}, {@code pronoun}, {@code phrase} or {@code dateline}
 */
public record ActorMention(
    int sentence,
    int start,
    int end,
    int head,
    int begin,
    int endChar,
    ActorCode code,
    String name,
    String basis) {
  /** The sentence index of the mention a dateline gives: before the first sentence. */
  public static final int DATELINE = -1;

  public ActorMention {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(basis, "basis");
    if (end <= start) {
      throw new IllegalArgumentException("empty actor span for " + name);
    }
  }

  /** The same span standing for another actor, such as a place standing for its country. */
  public ActorMention withCode(ActorCode other, String otherName) {
    return new ActorMention(sentence, start, end, head, begin, endChar, other, otherName, basis);
  }

  public boolean covers(int token) {
    return token >= start && token < end;
  }

  /** True when both mentions denote the same actor (same country or international prefix). */
  public boolean sameActor(ActorMention other) {
    return code.prefix().equals(other.code.prefix());
  }
}
