package org.khaldun.pipeline;

import java.util.List;
import org.khaldun.actors.ActorResolver;
import org.khaldun.coding.EventCoder;
import org.khaldun.model.ActorMention;
import org.khaldun.model.AnnotatedArticle;
import org.khaldun.model.Article;
import org.khaldun.model.CodedEvent;
import org.khaldun.nlp.Annotator;

/**
 * The stages that turn an article into coded events, composed in their one legal order: the types
 * make annotate, resolve, code the only way through. Thread-safe when its stages are.
 */
public record Stages(Annotator annotator, ActorResolver actors, EventCoder coder) {

  /**
   * Everything the stages produced for one article, for callers that want the intermediate steps.
   */
  public record Result(
      AnnotatedArticle annotated, List<ActorMention> mentions, List<CodedEvent> events) {
    public Result {
      mentions = List.copyOf(mentions);
      events = List.copyOf(events);
    }
  }

  public Result run(Article article) {
    AnnotatedArticle annotated = annotator.annotate(article);
    return codeAnnotated(annotated);
  }

  /** Codes an article that is already annotated (the re-coding path). */
  public Result codeAnnotated(AnnotatedArticle annotated) {
    List<ActorMention> mentions = actors.resolve(annotated);
    List<CodedEvent> events = coder.code(annotated, mentions);
    return new Result(annotated, mentions, events);
  }
}
