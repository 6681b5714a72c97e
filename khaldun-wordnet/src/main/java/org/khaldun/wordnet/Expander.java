package org.khaldun.wordnet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Proposes new triggers for every trigger of a lexicon: the other lemmas of its supported senses
 * (synonyms) and the lemmas WordNet derives from it across verb and noun (derivations). A candidate
 * must be expressible as a Khaldun trigger, must not already trigger the same code, and the sense
 * must be one of the candidate's own frequent senses, since a word whose usual meaning is another
 * would code that other meaning. A derived noun must name an act, event or state (WordNet's {@link
 * #EVENT_NOUNS} lexicographer files), not the person or thing ({@code invader}, {@code striker}).
 * The score weighs the sense's support by its share of the trigger's and of the candidate's WordNet
 * uses; below {@value #MIN_SCORE} the sense is a minor one of either word (freeze for suspend, lead
 * for head) and nothing is proposed. One proposal per code, part of speech and candidate: the best
 * scoring route. Not thread-safe.
 */
public final class Expander {
  /** The lexicographer files of nouns that can name an event. */
  static final Set<String> EVENT_NOUNS =
      Set.of(
          "noun.act",
          "noun.communication",
          "noun.event",
          "noun.feeling",
          "noun.phenomenon",
          "noun.possession",
          "noun.process",
          "noun.state");

  /** The score below which a candidate is not proposed. */
  static final double MIN_SCORE = 0.1;

  private final WordNet wordNet;
  private final Lexicon lexicon;
  private final SenseFilter filter;
  private int unknown;

  public Expander(WordNet wordNet, Lexicon lexicon) {
    this.wordNet = wordNet;
    this.lexicon = lexicon;
    this.filter = new SenseFilter(wordNet, lexicon);
  }

  /** The proposals for the whole lexicon, sorted by code, trigger, synset and candidate. */
  public List<Proposal> propose() {
    Map<String, Proposal> best = new LinkedHashMap<>();
    unknown = 0;
    for (Lexicon.Trigger trigger : lexicon.triggers()) {
      if (filter.lookup(trigger.pos(), trigger.word()).isEmpty()) {
        unknown++;
        continue;
      }
      for (SenseFilter.Supported supported :
          filter.senses(trigger.code(), trigger.pos(), trigger.word())) {
        Meaning meaning = supported.sense().meaning();
        for (String lemma : meaning.lemmas()) {
          for (WordSense own : wordNet.senses(trigger.pos(), lemma)) {
            if (own.meaning().offset() == meaning.offset()) {
              candidate(trigger, supported, Relation.SYNONYM, lemma, own)
                  .ifPresent(p -> keepBest(best, p));
            }
          }
        }
        for (WordSense derived : wordNet.derivations(supported.sense())) {
          if (derived.meaning().pos() == Pos.NOUN
              && !EVENT_NOUNS.contains(derived.meaning().lexFile())) {
            continue;
          }
          candidate(trigger, supported, Relation.DERIVATION, derived.lemma(), derived)
              .ifPresent(p -> keepBest(best, p));
        }
      }
    }
    List<Proposal> proposals = new ArrayList<>(best.values());
    proposals.sort(
        Comparator.comparing(Proposal::code)
            .thenComparing(Proposal::from)
            .thenComparing(p -> p.meaning().id())
            .thenComparing(Proposal::relation)
            .thenComparing(Proposal::candidate));
    return proposals;
  }

  /** How many triggers WordNet does not know (after the last {@link #propose}). */
  public int unknownTriggers() {
    return unknown;
  }

  /** A proposal for {@code lemma} in its sense {@code own}, unless a rule excludes it. */
  private Optional<Proposal> candidate(
      Lexicon.Trigger trigger,
      SenseFilter.Supported supported,
      Relation relation,
      String lemma,
      WordSense own) {
    Pos pos = own.meaning().pos();
    Optional<String> form = KhaldunForms.fromWordNet(pos, lemma);
    if (form.isEmpty()
        || form.get().equals(trigger.word())
        || lexicon.has(trigger.code(), pos, form.get())
        || !own.frequent()) {
      return Optional.empty();
    }
    Set<String> conflicts = new TreeSet<>(lexicon.codes(pos, form.get()));
    conflicts.remove(trigger.code());
    double score = supported.support() * supported.sense().share() * own.share();
    if (score < MIN_SCORE) {
      return Optional.empty();
    }
    return Optional.of(
        new Proposal(
            trigger.code(),
            pos,
            form.get(),
            trigger.word(),
            relation,
            own.senseKey(),
            own.meaning(),
            score,
            conflicts,
            supported.evidence()));
  }

  private static void keepBest(Map<String, Proposal> best, Proposal proposal) {
    Proposal known = best.get(proposal.key());
    if (known == null || proposal.score() > known.score()) {
      best.put(proposal.key(), proposal);
    }
  }
}
