package org.khaldun.model;

import java.util.List;
import java.util.Objects;

/**
 * An article with its linguistic analysis.
 *
 * @param article the article analysed
 * @param nlpKey identifies the NLP configuration that produced the analysis (cache key part)
 * @param sentences the sentences in order
 */
public record AnnotatedArticle(Article article, String nlpKey, List<Sentence> sentences) {
  public AnnotatedArticle {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(nlpKey, "nlpKey");
    sentences = List.copyOf(sentences);
  }

  public String text() {
    return article.text();
  }

  public String sentenceText(int index) {
    Sentence sentence = sentences.get(index);
    return article.text().substring(sentence.begin(), sentence.end());
  }
}
