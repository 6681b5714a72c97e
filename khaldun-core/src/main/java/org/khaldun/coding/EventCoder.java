package org.khaldun.coding;

import java.util.List;
import org.khaldun.model.ActorMention;
import org.khaldun.model.AnnotatedArticle;
import org.khaldun.model.CodedEvent;

/** Pipeline stage 3: codes the events an article reports. Implementations are thread-safe. */
@FunctionalInterface
public interface EventCoder {
  List<CodedEvent> code(AnnotatedArticle article, List<ActorMention> actors);
}
