package org.khaldun.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class LongSentencesTest {
  private static List<CoreLabel> words(String text) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (String word : text.split(" ")) {
      CoreLabel label = new CoreLabel();
      label.setWord(word);
      tokens.add(label);
    }
    return tokens;
  }

  @Test
  void aSemicolonInTheSecondHalfWinsOverALaterComma() {
    List<CoreLabel> tokens = words("a b c d e f ; g , h i j k l");

    assertThat(LongSentences.cut(tokens, 0, 10)).isEqualTo(7);
  }

  @Test
  void aConjunctionOpensTheNextPiece() {
    List<CoreLabel> tokens = words("a b c d e f g and h i j k l");

    assertThat(LongSentences.cut(tokens, 0, 10)).isEqualTo(7);
  }

  @Test
  void boundariesInTheFirstHalfAreIgnoredSoPiecesStayLong() {
    List<CoreLabel> tokens = words("a ; b c d e f g h i j k l");

    assertThat(LongSentences.cut(tokens, 0, 10)).isEqualTo(10);
  }

  @Test
  void theWindowStartsWhereThePreviousPieceEnded() {
    List<CoreLabel> tokens = words("a b c d e f g h i j , k l m n o p q r s t");

    assertThat(LongSentences.cut(tokens, 5, 10)).isEqualTo(11);
  }
}
