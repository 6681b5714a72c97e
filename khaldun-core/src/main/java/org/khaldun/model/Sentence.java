package org.khaldun.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A sentence: tokens with their basic dependency tree and time expressions. Immutable; the
 * dependents of every token are indexed once, because the actor and event stages ask for them
 * constantly.
 */
public final class Sentence {
  private final int index;
  private final int begin;
  private final int end;
  private final List<Token> tokens;
  private final List<TimeExpression> times;
  private final List<List<Token>> children;

  /**
   * @param index 0-based position in the article
   * @param begin character offset of the first token
   * @param end character offset after the last token
   * @param tokens the tokens in order, each with its head in this sentence (or -1)
   * @param times the time expressions found in the sentence
   */
  public Sentence(int index, int begin, int end, List<Token> tokens, List<TimeExpression> times) {
    this.index = index;
    this.begin = begin;
    this.end = end;
    this.tokens = List.copyOf(tokens);
    this.times = List.copyOf(Objects.requireNonNull(times, "times"));
    List<List<Token>> dependents = new ArrayList<>(this.tokens.size());
    for (int i = 0; i < this.tokens.size(); i++) {
      dependents.add(new ArrayList<>(2));
    }
    for (int i = 0; i < this.tokens.size(); i++) {
      Token token = this.tokens.get(i);
      if (token.index() != i) {
        throw new IllegalArgumentException(
            "token " + token.text() + " has index " + token.index() + ", expected " + i);
      }
      if (token.head() < -1 || token.head() >= this.tokens.size()) {
        throw new IllegalArgumentException(
            "token " + token.text() + " has head " + token.head() + " outside the sentence");
      }
      if (token.head() >= 0) {
        dependents.get(token.head()).add(token);
      }
    }
    List<List<Token>> frozen = new ArrayList<>(dependents.size());
    for (List<Token> list : dependents) {
      frozen.add(List.copyOf(list));
    }
    this.children = List.copyOf(frozen);
  }

  public int index() {
    return index;
  }

  public int begin() {
    return begin;
  }

  public int end() {
    return end;
  }

  public List<Token> tokens() {
    return tokens;
  }

  public List<TimeExpression> times() {
    return times;
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  public int size() {
    return tokens.size();
  }

  /** Dependents of {@code head}, in sentence order; an empty list for the root's pseudo-head -1. */
  public List<Token> children(int head) {
    return head < 0 ? List.of() : children.get(head);
  }

  /** The first dependent of {@code head} whose relation starts with {@code relation}, or null. */
  public Token child(int head, String relation) {
    for (Token token : children(head)) {
      if (token.relation().startsWith(relation)) {
        return token;
      }
    }
    return null;
  }

  /** The surface text of tokens [from, to) as it stands in {@code articleText}. */
  public String text(String articleText, int from, int to) {
    return articleText.substring(tokens.get(from).begin(), tokens.get(to - 1).end());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Sentence s
        && s.index == index
        && s.begin == begin
        && s.end == end
        && s.tokens.equals(tokens)
        && s.times.equals(times);
  }

  @Override
  public int hashCode() {
    return Objects.hash(index, begin, end, tokens, times);
  }

  @Override
  public String toString() {
    return "Sentence[index="
        + index
        + ", begin="
        + begin
        + ", end="
        + end
        + ", tokens="
        + tokens.size()
        + "]";
  }
}
