package org.khaldun.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.khaldun.model.Article;
import org.khaldun.model.CodedEvent;
import org.khaldun.pipeline.Stages;

/**
 * What the store keeps of a coded article, whoever coded it: this JVM's pipeline or a Spark job
 * whose output is imported.
 *
 * @param article the article
 * @param sentences how many sentences it was split into
 * @param mentions its coded events, each with the offset of its evidence sentence
 */
public record CodedArticle(Article article, int sentences, List<Mention> mentions) {
  /** A coded event and where its evidence sentence begins in the article text. */
  public record Mention(CodedEvent event, int evidenceStart) {
    public Mention {
      Objects.requireNonNull(event, "event");
    }
  }

  public CodedArticle {
    Objects.requireNonNull(article, "article");
    mentions = List.copyOf(mentions);
  }

  /** The store's view of a pipeline result. */
  public static CodedArticle of(Stages.Result result) {
    List<Mention> mentions = new ArrayList<>(result.events().size());
    for (CodedEvent event : result.events()) {
      mentions.add(
          new Mention(event, result.annotated().sentences().get(event.sentence()).begin()));
    }
    return new CodedArticle(
        result.annotated().article(), result.annotated().sentences().size(), mentions);
  }

  /** The same article under another id, its events with it (their ids derive from it). */
  CodedArticle renamed(String id) {
    Article renamed = article.withId(id);
    List<Mention> moved = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      moved.add(new Mention(m.event().withArticle(id), m.evidenceStart()));
    }
    return new CodedArticle(renamed, sentences, moved);
  }

  List<CodedEvent> events() {
    return mentions.stream().map(Mention::event).toList();
  }
}
