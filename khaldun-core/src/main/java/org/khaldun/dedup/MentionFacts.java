package org.khaldun.dedup;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import org.khaldun.model.DateBasis;

/**
 * What the deduplication rule reads of one mention, wherever the mention lives (a coded article, a
 * store row, a Spark row), so every caller groups and names events from the same facts.
 *
 * @param mentionId the mention's id ({@code EventJson.id})
 * @param date the event date it reports, or null
 * @param basis where that date came from
 * @param article the id of the article it is in
 * @param source the article's outlet (the article id when the outlet is unknown)
 * @param published the article's publication date, or null
 * @param confidence the coder's confidence
 */
public record MentionFacts(
    String mentionId,
    LocalDate date,
    DateBasis basis,
    String article,
    String source,
    LocalDate published,
    double confidence) {
  /** The first report: earliest published (unknown dates last), then the smallest id. */
  public static final Comparator<MentionFacts> FIRST_REPORT =
      Comparator.comparing(
              MentionFacts::published, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
          .thenComparing(MentionFacts::mentionId);

  /** The representative: the most confident, then the smallest id. */
  public static final Comparator<MentionFacts> REPRESENTATIVE =
      Comparator.comparingDouble(MentionFacts::confidence)
          .reversed()
          .thenComparing(MentionFacts::mentionId);

  public MentionFacts {
    Objects.requireNonNull(mentionId, "mentionId");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(source, "source");
  }
}
