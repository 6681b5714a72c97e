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
  private static final Set<String> CLAUSE_RELATIONS =
      Set.of("ccomp", "advcl", "acl", "acl:relcl", "parataxis", "csubj", "xcomp");
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
    int clause = predicate;
    for (int hops = 0; hops < 4 && clause >= 0; hops++) {
      BitSet tokens = clauseTokens(sentence, clause);
      if (trigger >= 0 && hops == 0) {
        tokens.or(clauseTokens(sentence, trigger));
      }
      ResolvedDate found = find(sentence, tokens, published);
      if (found != null) {
        return found;
      }
      Token token = sentence.token(clause);
      if (token.head() < 0
          || !(CLAUSE_RELATIONS.contains(token.relation()) || token.relation().equals("conj"))) {
        break;
      }
      clause = token.head();
    }
    return ResolvedDate.fallback(published);
  }

  private static ResolvedDate find(Sentence sentence, BitSet tokens, LocalDate published) {
    ResolvedDate best = null;
    for (TimeExpression time : sentence.times()) {
      if (!overlaps(tokens, time)) {
        continue;
      }
      ResolvedDate resolved = TimeValues.resolve(time.text(), time.value(), time.type(), published);
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
      if (WEEKDAY_WORDS.contains(lower) && !coveredByTime(sentence, t)) {
        String expression =
            t > 0 && Set.of("last", "early", "late").contains(sentence.token(t - 1).lemma())
                ? sentence.token(t - 1).text() + " " + token.text()
                : token.text();
        ResolvedDate resolved = TimeValues.resolve(expression, "", "DATE", published);
        if (resolved != null) {
          return resolved;
        }
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
