package org.khaldun.model;

import java.time.LocalDate;
import java.util.Objects;
import org.khaldun.ontology.CameoCode;

/**
 * One event as reported by one sentence: who did what to whom, when, and the evidence.
 *
 * @param article the article id
 * @param sentence index of the sentence that reports it
 * @param source the actor that acts
 * @param target the actor acted upon, or null
 * @param code the CAMEO code (with its PLOVER type, QuadClass and Goldstein weight)
 * @param trigger the words that express the event
 * @param date the event date, or null when unknown
 * @param dateBasis where the date came from
 * @param datePrecision how precise a date from the text is
 * @param pattern the name of the pattern that coded it, for explanation
 * @param confidence 0..1, lower for inferred actors and weak patterns
 * @param evidence the sentence text
 * @param explanation the tokens and relations the pattern matched, for {@code --explain}
 */
public record CodedEvent(
    String article,
    int sentence,
    ActorMention source,
    ActorMention target,
    CameoCode code,
    Trigger trigger,
    LocalDate date,
    DateBasis dateBasis,
    DatePrecision datePrecision,
    String pattern,
    double confidence,
    String evidence,
    String explanation) {
  public CodedEvent {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(dateBasis, "dateBasis");
    Objects.requireNonNull(datePrecision, "datePrecision");
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(explanation, "explanation");
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence out of range: " + confidence);
    }
  }

  /** The same event with another target, and a note on why in its explanation. */
  public CodedEvent withTarget(ActorMention newTarget, String why) {
    return new CodedEvent(
        article,
        sentence,
        source,
        newTarget,
        code,
        trigger,
        date,
        dateBasis,
        datePrecision,
        pattern,
        confidence,
        evidence,
        explanation + "; " + why);
  }

  /** The same event as reported by another article id (an article read under a derived id). */
  public CodedEvent withArticle(String newArticle) {
    return new CodedEvent(
        newArticle,
        sentence,
        source,
        target,
        code,
        trigger,
        date,
        dateBasis,
        datePrecision,
        pattern,
        confidence,
        evidence,
        explanation);
  }

  public CodedEvent withDate(LocalDate newDate, DateBasis basis, DatePrecision precision) {
    return new CodedEvent(
        article,
        sentence,
        source,
        target,
        code,
        trigger,
        newDate,
        basis,
        precision,
        pattern,
        confidence,
        evidence,
        explanation);
  }
}
