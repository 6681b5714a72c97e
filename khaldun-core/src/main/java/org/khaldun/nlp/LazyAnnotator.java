package org.khaldun.nlp;

import java.util.function.Supplier;
import org.khaldun.model.AnnotatedArticle;
import org.khaldun.model.Article;

/**
 * Builds its annotator on first use, so runs that never annotate never load models. Thread-safe:
 * the annotator is built once.
 */
public final class LazyAnnotator implements Annotator {
  private final Supplier<Annotator> factory;
  private volatile Annotator built;

  public LazyAnnotator(Supplier<Annotator> factory) {
    this.factory = factory;
  }

  @Override
  public AnnotatedArticle annotate(Article article) {
    Annotator local = built;
    if (local == null) {
      synchronized (this) {
        local = built;
        if (local == null) {
          local = factory.get();
          built = local;
        }
      }
    }
    return local.annotate(article);
  }

  /** Whether the annotator has been built (for CoreNLP: the models loaded). */
  public boolean isBuilt() {
    return built != null;
  }
}
