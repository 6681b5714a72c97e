package org.khaldun.dates;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.Locale;
import java.util.Set;
import org.khaldun.model.Sentence;
import org.khaldun.model.TimeExpression;
import org.khaldun.model.Token;

/**
 * Dates an event from the time expression of its own clause, resolved against the publication date;
 * when the clause has none, from the clause that reports it ("X said on Monday that ...");
 * otherwise the publication date, flagged as such. Stateless and thread-safe.
 */
public final class EventDates {
  /** A span of whole days, weeks, months or years: P3D, P2W. */
  private static final java.util.regex.Pattern SPAN =
      java.util.regex.Pattern.compile("P\\d+[DWMY]");

  private static final Set<String> CLAUSE_RELATIONS =
      Set.of("ccomp", "advcl", "acl", "acl:relcl", "parataxis", "csubj", "xcomp");
  private static final Set<String> PRECEDING =
      Set.of("last", "early", "late", "next", "coming", "this");
  private static final Set<String> WEEKDAY_WORDS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  private EventDates() {}

  /**
   * @param sentence the sentence reporting the event
   * @param predicate the clause's predicate (the verb, or the noun trigger when it has none)
   * @param trigger the trigger token
   * @param published the publication date, or null
   */
  public static ResolvedDate resolve(
      Sentence sentence, int predicate, int trigger, LocalDate published) {
    return resolve(sentence, predicate, trigger, published, false);
  }

  /**
   * As {@link #resolve(Sentence, int, int, LocalDate)}; with {@code intent} the event is an intent
   * or threat ("will meet on Friday", "would retaliate in March"), whose own time expressions name
   * the future, so only expressions that resolve on or before publication without guessing the past
   * are used.
   */
  public static ResolvedDate resolve(
      Sentence sentence, int predicate, int trigger, LocalDate published, boolean intent) {
    int clause = predicate;
    BitSet visited = new BitSet();
    for (int hops = 0; hops < 4 && clause >= 0 && !visited.get(clause); hops++) {
      visited.set(clause);
      BitSet tokens = clauseTokens(sentence, clause);
      if (trigger >= 0 && hops == 0 && trigger != clause) {
        tokens.or(clauseTokens(sentence, trigger));
      }
      if (hops > 0) {
        // "Khamenei, speaking in Tehran on Tuesday, said ...": the speaker's own participle.
        tokens.or(subjectParticiples(sentence, clause));
      }
      ResolvedDate found = find(sentence, tokens, published, intent && hops == 0);
      if (found != null) {
        return found;
      }
      if (hops == 0) {
        ResolvedDate offset = offset(sentence, clause, published);
        if (offset != null) {
          return offset;
        }
      }
      clause = reportingClause(sentence, clause);
    }
    return ResolvedDate.fallback(published);
  }

  /** The first day-precise date any time expression of {@code sentence} gives, or null. */
  public static ResolvedDate firstDay(Sentence sentence, LocalDate published) {
    for (TimeExpression time : sentence.times()) {
      ResolvedDate resolved = TimeValues.resolve(time.text(), time.value(), time.type(), published);
      if (resolved != null && resolved.precision() == org.khaldun.model.DatePrecision.DAY) {
        return resolved;
      }
    }
    return null;
  }

  /** The clause that reports or governs {@code clause}, or -1. */
  private static int reportingClause(Sentence sentence, int clause) {
    Token token = sentence.token(clause);
    if (token.head() >= 0
        && (CLAUSE_RELATIONS.contains(token.relation()) || token.relation().equals("conj"))) {
      return token.head();
    }
    // "X said Y will ...", misparsed with "said" as the clausal subject of the event.
    for (Token child : sentence.children(clause)) {
      if (child.relation().equals("csubj")) {
        return child.index();
      }
    }
    return -1;
  }

  private static BitSet subjectParticiples(Sentence sentence, int clause) {
    BitSet tokens = new BitSet();
    for (Token subject : sentence.children(clause)) {
      if (!subject.relation().startsWith("nsubj")) {
        continue;
      }
      for (Token child : sentence.children(subject.index())) {
        if (child.relation().equals("acl") && child.pos().equals("VBG")) {
          subtree(sentence, child.index(), tokens);
        }
      }
    }
    return tokens;
  }

  /**
   * "a week after Hamas attacked Israel on October 7": a duration before or after a dated event, in
   * a clause hanging on the event's predicate or its subject.
   */
  private static ResolvedDate offset(Sentence sentence, int clause, LocalDate published) {
    java.util.List<Integer> anchors = new java.util.ArrayList<>(java.util.List.of(clause));
    for (Token child : sentence.children(clause)) {
      if (child.relation().startsWith("nsubj")) {
        anchors.add(child.index());
      }
    }
    for (int anchor : anchors) {
      for (Token child : sentence.children(anchor)) {
        String rel = child.relation();
        if (!(rel.equals("acl")
            || rel.equals("advcl")
            || rel.startsWith("obl")
            || rel.startsWith("nmod"))) {
          continue;
        }
        int sign = 0;
        for (Token marker : sentence.children(child.index())) {
          if (marker.relation().equals("mark") || marker.relation().equals("case")) {
            sign = marker.lemma().equals("after") ? 1 : marker.lemma().equals("before") ? -1 : sign;
          }
        }
        if (sign == 0) {
          continue;
        }
        BitSet tokens = new BitSet();
        subtree(sentence, child.index(), tokens);
        java.time.Period period = null;
        ResolvedDate base = null;
        for (TimeExpression time : sentence.times()) {
          if (!overlaps(tokens, time)) {
            continue;
          }
          if (time.type().equals("DURATION") && SPAN.matcher(time.value()).matches()) {
            period = java.time.Period.parse(time.value());
          } else if (base == null) {
            ResolvedDate resolved =
                TimeValues.resolve(time.text(), time.value(), time.type(), published);
            base =
                resolved != null && resolved.precision() == org.khaldun.model.DatePrecision.DAY
                    ? resolved
                    : null;
          }
        }
        if (period != null && base != null) {
          LocalDate date = sign > 0 ? base.date().plus(period) : base.date().minus(period);
          if (published == null || !date.isAfter(published)) {
            StringBuilder expression = new StringBuilder();
            for (int t = tokens.nextSetBit(0); t >= 0; t = tokens.nextSetBit(t + 1)) {
              expression
                  .append(expression.length() == 0 ? "" : " ")
                  .append(sentence.token(t).text());
            }
            return new ResolvedDate(
                date,
                org.khaldun.model.DateBasis.TEXT,
                org.khaldun.model.DatePrecision.DAY,
                expression.toString());
          }
        }
      }
    }
    return null;
  }

  private static void subtree(Sentence sentence, int index, BitSet into) {
    into.set(index);
    for (Token child : sentence.children(index)) {
      subtree(sentence, child.index(), into);
    }
  }

  private static ResolvedDate find(
      Sentence sentence, BitSet tokens, LocalDate published, boolean intent) {
    ResolvedDate best = null;
    for (TimeExpression time : sentence.times()) {
      if (!overlaps(tokens, time)) {
        continue;
      }
      ResolvedDate resolved =
          intent
              ? TimeValues.resolveAsWritten(time.text(), time.value(), time.type(), published)
              : TimeValues.resolve(time.text(), time.value(), time.type(), published);
      if (resolved != null
          && (best == null || resolved.precision().ordinal() < best.precision().ordinal())) {
        best = resolved;
      }
    }
    if (best != null) {
      return best;
    }
    // A weekday SUTime did not mark (or a configuration without SUTime): resolve it ourselves.
    for (int t = tokens.nextSetBit(0); t >= 0; t = tokens.nextSetBit(t + 1)) {
      Token token = sentence.token(t);
      String lower = token.text().toLowerCase(Locale.ROOT);
      if (WEEKDAY_WORDS.contains(lower) && !coveredByTime(sentence, t) && !intent) {
        String expression =
            t > 0 && PRECEDING.contains(sentence.token(t - 1).lemma())
                ? sentence.token(t - 1).text() + " " + token.text()
                : token.text();
        // A future weekday ("next Friday") dates nothing: the event falls back to publication.
        return TimeValues.resolve(expression, "", "DATE", published);
      }
    }
    return null;
  }

  private static boolean coveredByTime(Sentence sentence, int token) {
    for (TimeExpression time : sentence.times()) {
      if (time.covers(token)) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlaps(BitSet tokens, TimeExpression time) {
    for (int t = time.start(); t < time.end(); t++) {
      if (tokens.get(t)) {
        return true;
      }
    }
    return false;
  }

  /** The tokens of the clause headed by {@code head}, not descending into embedded clauses. */
  static BitSet clauseTokens(Sentence sentence, int head) {
    BitSet tokens = new BitSet();
    collect(sentence, head, head, tokens);
    return tokens;
  }

  private static void collect(Sentence sentence, int index, int root, BitSet tokens) {
    tokens.set(index);
    for (Token child : sentence.children(index)) {
      boolean clause =
          CLAUSE_RELATIONS.contains(child.relation())
              || child.relation().equals("conj") && child.isVerb();
      if (!clause || child.index() == root) {
        collect(sentence, child.index(), root, tokens);
      }
    }
  }
}
