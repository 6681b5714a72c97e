package org.khaldun.cache;

import java.util.function.Supplier;
import org.khaldun.KhaldunException;
import org.khaldun.model.AnnotatedArticle;
import org.khaldun.model.Article;
import org.khaldun.nlp.Annotator;
import org.khaldun.nlp.LazyAnnotator;

/**
 * An {@link Annotator} that answers from the {@link AnnotationCache} and parses only what is not
 * cached. The parser is built on the first miss, so a run over cached articles never loads models.
 * In cache-only mode a miss is an error naming the article. Thread-safe.
 */
public final class CachingAnnotator implements Annotator {
  private final AnnotationCache cache;
  private final LazyAnnotator parser;
  private final boolean cacheOnly;

  public CachingAnnotator(AnnotationCache cache, Supplier<Annotator> parser, boolean cacheOnly) {
    this.cache = cache;
    this.parser = new LazyAnnotator(parser);
    this.cacheOnly = cacheOnly;
  }

  @Override
  public AnnotatedArticle annotate(Article article) {
    var cached = cache.get(article);
    if (cached.isPresent()) {
      return cached.get();
    }
    if (cacheOnly) {
      throw new KhaldunException(
          "article "
              + article.id()
              + " is not in the annotation cache "
              + cache.root()
              + " (recoding needs a run without --recode over the same text first)");
    }
    AnnotatedArticle annotated = parser.annotate(article);
    cache.put(annotated);
    return annotated;
  }

  /** Whether the parser has been built (models loaded). */
  public boolean parserLoaded() {
    return parser.isBuilt();
  }
}
