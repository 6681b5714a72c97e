package org.khaldun.nlp;

import org.khaldun.model.AnnotatedArticle;
import org.khaldun.model.Article;

/** Pipeline stage 1: linguistic analysis of an article. Implementations are thread-safe. */
@FunctionalInterface
public interface Annotator {
  AnnotatedArticle annotate(Article article);
}
