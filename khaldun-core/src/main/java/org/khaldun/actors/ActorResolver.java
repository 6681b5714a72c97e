package org.khaldun.actors;

import java.util.List;
import org.khaldun.model.ActorMention;
import org.khaldun.model.AnnotatedArticle;

/**
 * Pipeline stage 2: finds the actors an article mentions and resolves them to actor codes. Several
 * mentions may share a head token when one phrase denotes several actors ("the two leaders").
 * Implementations are thread-safe.
 */
@FunctionalInterface
public interface ActorResolver {
  List<ActorMention> resolve(AnnotatedArticle article);
}
