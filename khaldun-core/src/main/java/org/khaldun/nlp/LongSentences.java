package org.khaldun.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts sentences longer than a token limit into pieces before they are tagged and parsed. The
 * parser's dependency clean-up is worse than linear in sentence length: a page of text without a
 * full stop ran for minutes and gigabytes. News sentences rarely pass 100 tokens; a longer one is
 * almost always a list, a table or text whose punctuation was lost, so a piece cut at a clause
 * boundary parses no worse than the whole.
 */
final class LongSentences {
  /** Tokens after which a cut reads as a clause boundary, best first. */
  private static final List<Set<String>> BOUNDARIES =
      List.of(
          Set.of(";", ":", "--", "—", "–"),
          Set.of(","),
          Set.of("and", "but", "or", "while", "as", "which", "who", "that"));

  private LongSentences() {}

  /**
   * Returns the sentences with every one over {@code maxTokens} cut into pieces of at most that
   * many tokens, renumbered; the input list itself is returned when nothing is cut.
   */
  static List<CoreMap> split(List<CoreMap> sentences, String text, int maxTokens) {
    boolean anyLong = false;
    for (CoreMap sentence : sentences) {
      anyLong |= sentence.get(CoreAnnotations.TokensAnnotation.class).size() > maxTokens;
    }
    if (!anyLong) {
      return sentences;
    }
    List<CoreMap> result = new ArrayList<>();
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      int tokenBase = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
      int start = 0;
      while (start < tokens.size()) {
        int end =
            tokens.size() - start <= maxTokens ? tokens.size() : cut(tokens, start, maxTokens);
        result.add(piece(sentence, tokens.subList(start, end), tokenBase + start, text));
        start = end;
      }
    }
    for (int i = 0; i < result.size(); i++) {
      CoreMap sentence = result.get(i);
      sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, i);
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      for (int t = 0; t < tokens.size(); t++) {
        tokens.get(t).setIndex(t + 1);
        tokens.get(t).setSentIndex(i);
      }
    }
    return result;
  }

  /**
   * Where to end the piece that starts at {@code start}: after the best boundary token in the
   * second half of the window, else at the window's end.
   */
  static int cut(List<CoreLabel> tokens, int start, int maxTokens) {
    int limit = start + maxTokens;
    for (Set<String> boundary : BOUNDARIES) {
      for (int t = limit - 1; t >= start + maxTokens / 2; t--) {
        String word = tokens.get(t).word();
        if (boundary.contains(word)) {
          // Punctuation closes the piece it ends; a conjunction opens the next one.
          return Character.isLetter(word.charAt(0)) ? t : t + 1;
        }
      }
    }
    return limit;
  }

  private static CoreMap piece(
      CoreMap sentence, List<CoreLabel> tokens, int tokenBegin, String text) {
    ArrayCoreMap piece = new ArrayCoreMap(sentence);
    List<CoreLabel> own = new ArrayList<>(tokens);
    int begin = own.get(0).beginPosition();
    int end = own.get(own.size() - 1).endPosition();
    piece.set(CoreAnnotations.TokensAnnotation.class, own);
    piece.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin);
    piece.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + own.size());
    piece.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    piece.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    piece.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
    return piece;
  }
}
