package org.khaldun.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence: tokens with their basic dependency tree and time expressions.
 *
 * @param index 0-based position in the article
 * @param begin character offset of the first token
 * @param end character offset after the last token
 */
public record Sentence(
    int index, int begin, int end, List<Token> tokens, List<TimeExpression> times) {
  public Sentence {
    tokens = List.copyOf(tokens);
    times = List.copyOf(times);
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.index() != i) {
        throw new IllegalArgumentException(
            "token " + token.text() + " has index " + token.index() + ", expected " + i);
      }
      if (token.head() < -1 || token.head() >= tokens.size()) {
        throw new IllegalArgumentException(
            "token " + token.text() + " has head " + token.head() + " outside the sentence");
      }
    }
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  public int size() {
    return tokens.size();
  }

  /** Dependents of {@code head}, in sentence order. */
  public List<Token> children(int head) {
    List<Token> result = new ArrayList<>(4);
    for (Token token : tokens) {
      if (token.head() == head) {
        result.add(token);
      }
    }
    return result;
  }

  /** The first dependent of {@code head} whose relation starts with {@code relation}, or null. */
  public Token child(int head, String relation) {
    for (Token token : tokens) {
      if (token.head() == head && token.relation().startsWith(relation)) {
        return token;
      }
    }
    return null;
  }

  /** The surface text of tokens [from, to) as it stands in {@code articleText}. */
  public String text(String articleText, int from, int to) {
    return articleText.substring(tokens.get(from).begin(), tokens.get(to - 1).end());
  }
}
