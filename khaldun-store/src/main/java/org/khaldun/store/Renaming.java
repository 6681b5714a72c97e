package org.khaldun.store;

import java.util.ArrayList;
import java.util.List;
import org.khaldun.model.AnnotatedArticle;
import org.khaldun.model.Article;
import org.khaldun.model.CodedEvent;
import org.khaldun.pipeline.Stages;

/**
 * A coded article under another id, its events with it (their ids derive from it); tests build
 * renamed reports with it, the writer renames a {@link CodedArticle}. Stateless.
 */
final class Renaming {
  private Renaming() {}

  static Stages.Result to(String id, Stages.Result result) {
    Article renamed = result.annotated().article().withId(id);
    List<CodedEvent> events = new ArrayList<>(result.events().size());
    for (CodedEvent e : result.events()) {
      events.add(e.withArticle(id));
    }
    return new Stages.Result(
        new AnnotatedArticle(renamed, result.annotated().nlpKey(), result.annotated().sentences()),
        result.mentions(),
        events);
  }
}
