package org.khaldun.coding;

import java.util.List;
import org.khaldun.dates.ResolvedDate;
import org.khaldun.model.ActorMention;
import org.khaldun.model.AnnotatedArticle;
import org.khaldun.model.Sentence;
import org.khaldun.model.Token;
import org.khaldun.model.Trigger;

/** The trigger span, confidence and human explanation of a coded draft. Stateless. */
final class Explanation {
  private Explanation() {}

  /** The trigger word with its compound parts and particle ("air attacks", "called off"). */
  static Trigger trigger(AnnotatedArticle article, Sentence sentence, Draft draft) {
    int start = draft.trigger();
    int end = draft.trigger();
    for (Token child : sentence.children(draft.trigger())) {
      String rel = child.relation();
      if ((rel.startsWith("compound") || rel.equals("compound:prt"))
          && Math.abs(child.index() - draft.trigger()) <= 2) {
        start = Math.min(start, child.index());
        end = Math.max(end, child.index());
      }
    }
    int begin = sentence.token(start).begin();
    int finish = sentence.token(end).end();
    return new Trigger(article.text().substring(begin, finish), draft.trigger(), begin, finish);
  }

  /** 0.9, less for actors found by inference, lent by modifiers or missing. */
  static double confidence(Draft draft) {
    double confidence = 0.9;
    for (ActorMention actor : new ActorMention[] {draft.source(), draft.target()}) {
      if (actor == null) {
        continue;
      }
      switch (actor.basis()) {
        case "pronoun", "phrase" -> confidence -= 0.15;
        case "learned", "apposition", "possessor" -> confidence -= 0.05;
        case "context" -> confidence -= 0.1;
        default -> {}
      }
    }
    if (draft.indirect()) {
      confidence -= 0.1;
    }
    if (draft.target() == null) {
      confidence -= 0.1;
    }
    if (draft.pattern().noun() && draft.governor() < 0) {
      confidence -= 0.05;
    }
    return Math.max(0.3, Math.round(confidence * 100) / 100.0);
  }

  static String explain(
      Sentence sentence, Draft draft, ActorMention target, List<String> notes, ResolvedDate date) {
    Token trigger = sentence.token(draft.trigger());
    StringBuilder text = new StringBuilder();
    text.append("pattern ")
        .append(draft.pattern().name())
        .append(" (")
        .append(draft.pattern().line())
        .append(")")
        .append("; trigger '")
        .append(trigger.text())
        .append("' [")
        .append(trigger.lemma())
        .append('/')
        .append(trigger.pos())
        .append(']');
    if (draft.governor() >= 0) {
      Token governor = sentence.token(draft.governor());
      text.append(" under '")
          .append(governor.text())
          .append("' (")
          .append(trigger.relation())
          .append(')');
    }
    text.append("; source '")
        .append(draft.source().name())
        .append("' via ")
        .append(draft.sourceSlot())
        .append(" [")
        .append(draft.source().basis())
        .append(']');
    if (target != null) {
      text.append("; target '")
          .append(target.name())
          .append("' via ")
          .append(target == draft.target() ? draft.targetSlot() : "condition")
          .append(" [")
          .append(target.basis())
          .append(']');
    }
    for (String note : notes) {
      text.append("; ").append(note);
    }
    text.append("; date ").append(date.basis().label());
    if (date.expression() != null) {
      text.append(" from '").append(date.expression()).append('\'');
    }
    return text.toString();
  }
}
