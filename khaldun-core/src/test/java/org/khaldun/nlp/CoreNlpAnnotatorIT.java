package org.khaldun.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.khaldun.KhaldunException;
import org.khaldun.model.AnnotatedArticle;
import org.khaldun.model.Article;
import org.khaldun.model.Sentence;
import org.khaldun.model.TimeExpression;
import org.khaldun.model.Token;
import org.khaldun.testkit.Models;

/** CoreNLP behind the annotator: SUTime, sentence splitting, offsets and the dependency tree. */
final class CoreNlpAnnotatorIT {
  private static final LocalDate THURSDAY = LocalDate.of(2023, 10, 12);

  private static AnnotatedArticle annotate(String text, LocalDate published) {
    return Models.annotator().annotate(new Article("it", null, null, published, null, text));
  }

  @Test
  void sutimeNormalisesAWeekdayAgainstThePublicationDate() {
    // Without joda-time SUTime silently drops out; this guards that it is on the class path.
    AnnotatedArticle article =
        annotate("The Iranian president phoned the Saudi crown prince on Wednesday.", THURSDAY);

    assertThat(article.sentences().get(0).times())
        .extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Wednesday", "2023-10-11"));
  }

  @Test
  void aBlankLineEndsASentence() {
    AnnotatedArticle article =
        annotate("Talks resumed in Doha (File)\n\nThe minister arrived on Monday.", THURSDAY);

    assertThat(article.sentences()).hasSize(2);
  }

  @Test
  void tokenOffsetsPointIntoTheArticleText() {
    AnnotatedArticle article =
        annotate(
            "Türkiye’s president met Iran’s foreign minister in Ankara. Both sides “agreed” to talk.",
            THURSDAY);

    for (Sentence sentence : article.sentences()) {
      for (Token token : sentence.tokens()) {
        assertThat(article.text().substring(token.begin(), token.end())).isEqualTo(token.text());
      }
    }
  }

  @Test
  void everySentenceHasOneRootAndHeadsInside() {
    AnnotatedArticle article =
        annotate(
            "Israeli forces launched air strikes on Gaza. Hamas fired rockets at Tel Aviv on Sunday.",
            THURSDAY);

    for (Sentence sentence : article.sentences()) {
      assertThat(sentence.tokens().stream().filter(t -> t.head() < 0)).hasSize(1);
      assertThat(sentence.tokens()).allMatch(t -> t.head() < sentence.size());
      assertThat(sentence.tokens())
          .allMatch(t -> t.lemma().equals(t.lemma().toLowerCase(java.util.Locale.ROOT)));
    }
  }

  @Test
  void theNlpKeyNamesTheConfiguration() {
    assertThat(annotate("Peace talks resumed.", null).nlpKey())
        .isEqualTo(NlpSettings.DEFAULT.key())
        .contains("4.5.10");
  }

  /** Clauses joined without a full stop, as in text whose punctuation was lost. */
  private static String runOn(int clauses) {
    String[] countries = {"Egypt", "Qatar", "Jordan", "Turkey", "Oman", "Kuwait"};
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < clauses; i++) {
      if (i > 0) {
        text.append(i % 3 == 0 ? "; " : ", and ");
      }
      text.append(countries[i % 6])
          .append(" officials met their counterparts from ")
          .append(countries[(i + 1) % 6])
          .append(" in the capital on Monday");
    }
    return text.toString();
  }

  @Test
  void aRunOnTextIsCutIntoParsedSentencesWithinTheTokenLimit() {
    AnnotatedArticle article = annotate(runOn(40), THURSDAY);

    assertThat(article.sentences()).hasSizeGreaterThan(2);
    for (int i = 0; i < article.sentences().size(); i++) {
      Sentence sentence = article.sentences().get(i);
      assertThat(sentence.index()).isEqualTo(i);
      assertThat(sentence.size()).isLessThanOrEqualTo(NlpSettings.DEFAULT_MAX_SENTENCE_TOKENS);
      assertThat(sentence.tokens().stream().filter(t -> t.head() < 0)).hasSize(1);
      assertThat(sentence.tokens()).allMatch(t -> t.pos() != null && !t.pos().isEmpty());
      for (Token token : sentence.tokens()) {
        assertThat(article.text().substring(token.begin(), token.end())).isEqualTo(token.text());
      }
    }
    // Each piece still resolves its own "on Monday".
    assertThat(article.sentences().get(article.sentences().size() - 1).times())
        .extracting(TimeExpression::value)
        .contains("2023-10-09");
  }

  @Test
  void anArticleOverItsTimeLimitIsStoppedWithAReasonNamingTheOption() {
    CoreNlpAnnotator bounded = new CoreNlpAnnotator(NlpSettings.DEFAULT, Duration.ofNanos(1));

    assertThatThrownBy(
            () -> bounded.annotate(new Article("slow", null, null, THURSDAY, null, runOn(60))))
        .isInstanceOf(KhaldunException.class)
        .hasMessageContaining("--article-time-limit")
        .hasMessageContaining("sentences analysed");
  }
}
