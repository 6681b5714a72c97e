package org.khaldun.dates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khaldun.dedup.EventKey;
import org.khaldun.model.AnnotatedArticle;
import org.khaldun.model.CodedEvent;
import org.khaldun.model.DateBasis;
import org.khaldun.model.Sentence;
import org.khaldun.model.Token;

/**
 * Dates consultations that their own sentence leaves undated from the sentences around them. A lead
 * often leaves its event undated and the next sentence, referring back to it ("the call", "the
 * two"), says when: "... said in a statement Wednesday the two agreed"; and "During the call, the
 * two ministers discussed" takes the date of the call dated before. Stateless and thread-safe.
 */
public final class FollowUpDates {
  private final Set<String> backReferences;

  /**
   * @param backReferences nouns by which a sentence refers back to an event ("call", "two")
   */
  public FollowUpDates(Set<String> backReferences) {
    this.backReferences = Set.copyOf(backReferences);
  }

  /** The events in order, undated consultations dated from their neighbours where they can be. */
  public List<CodedEvent> apply(AnnotatedArticle article, List<CodedEvent> events) {
    List<CodedEvent> result = new ArrayList<>(events.size());
    Map<EventKey, CodedEvent> lastDated = new HashMap<>();
    List<Sentence> sentences = article.sentences();
    for (CodedEvent event : events) {
      if (!event.code().root().equals("04")) {
        result.add(event);
        continue;
      }
      EventKey pair = EventKey.of(event);
      CodedEvent dated = event;
      if (event.dateBasis() == DateBasis.PUBLISHED) {
        CodedEvent earlier = lastDated.get(pair);
        if (earlier != null && refersBack(sentences.get(event.sentence()))) {
          dated = event.withDate(earlier.date(), earlier.dateBasis(), earlier.datePrecision());
        } else if (event.sentence() + 1 < sentences.size()
            && refersBack(sentences.get(event.sentence() + 1))) {
          ResolvedDate date =
              EventDates.firstDay(
                  sentences.get(event.sentence() + 1), article.article().anchorDate());
          dated =
              date == null ? event : event.withDate(date.date(), date.basis(), date.precision());
        }
      }
      if (dated.dateBasis() == DateBasis.TEXT) {
        lastDated.put(pair, dated);
      }
      result.add(dated);
    }
    return result;
  }

  /** "the call", "the two": a definite back-reference. */
  private boolean refersBack(Sentence sentence) {
    for (Token token : sentence.tokens()) {
      if (backReferences.contains(token.lemma())
          && token.index() > 0
          && sentence.token(token.index() - 1).lemma().equals("the")) {
        return true;
      }
    }
    return false;
  }
}
