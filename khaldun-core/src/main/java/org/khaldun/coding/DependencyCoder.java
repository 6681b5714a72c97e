package org.khaldun.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khaldun.dates.EventDates;
import org.khaldun.dates.FollowUpDates;
import org.khaldun.dates.ResolvedDate;
import org.khaldun.dedup.EventKey;
import org.khaldun.model.ActorMention;
import org.khaldun.model.AnnotatedArticle;
import org.khaldun.model.Article;
import org.khaldun.model.CodedEvent;
import org.khaldun.model.DateBasis;
import org.khaldun.model.Sentence;
import org.khaldun.ontology.Cameo;

/**
 * Codes events by matching the {@link PatternBook}'s verb and noun patterns over each sentence's
 * dependency tree, in steps: {@link DraftFinder} finds pattern matches with their actors, {@link
 * Wording} reads the wrappers, modals, negation and conditions around each, {@link Refinement}
 * applies what the rest of the sentence says (phone cues, places, threat conditions), {@link
 * EventDates} dates each event from its own clause and {@link FollowUpDates} from the sentences
 * around it. Thread-safe.
 */
public final class DependencyCoder implements EventCoder {
  private final DraftFinder finder;
  private final Wording wording;
  private final Refinement refinement;
  private final FollowUpDates followUps;
  private final Grammar grammar;
  private final Cameo cameo;

  public DependencyCoder(PatternBook patterns, Cameo cameo) {
    this.finder = new DraftFinder(patterns);
    this.wording = new Wording(patterns);
    this.grammar = patterns.grammar();
    this.refinement = new Refinement(grammar);
    this.followUps = new FollowUpDates(grammar.backReference);
    this.cameo = cameo;
  }

  @Override
  public List<CodedEvent> code(AnnotatedArticle article, List<ActorMention> actors) {
    List<List<ActorMention>> bySentence = new ArrayList<>(article.sentences().size());
    for (int i = 0; i < article.sentences().size(); i++) {
      bySentence.add(new ArrayList<>());
    }
    ActorMention storyPlace = null;
    for (ActorMention actor : actors) {
      if (actor.sentence() >= 0 && actor.sentence() < bySentence.size()) {
        bySentence.get(actor.sentence()).add(actor);
      } else if (actor.sentence() == ActorMention.DATELINE) {
        storyPlace = actor;
      }
    }
    List<CodedEvent> events = new ArrayList<>();
    EventAntecedents antecedents = new EventAntecedents(article, grammar);
    for (Sentence sentence : article.sentences()) {
      List<CodedEvent> coded = new ArrayList<>();
      for (CodedEvent event :
          codeSentence(
              article,
              ParseRepair.repair(sentence, grammar),
              bySentence.get(sentence.index()),
              antecedents)) {
        CodedEvent answered = answered(event, antecedents, storyPlace);
        if (answered != null) {
          coded.add(answered);
        }
      }
      antecedents.add(coded);
      events.addAll(coded);
    }
    return followUps.apply(article, events);
  }

  /**
   * A denial with no accuser named answers the accusation reported before it; a threat or a refusal
   * to comment with no target is about the other side of the actor's latest event; a criticism or
   * threat by an outsider that names no one, and follows no one's act, is about the country the
   * story was filed from ("MOGADISHU - ... Turkey condemned the bombings").
   */
  private static CodedEvent answered(
      CodedEvent event, EventAntecedents antecedents, ActorMention storyPlace) {
    if (event.target() != null) {
      return event;
    }
    if (event.code().code().equals("016")) {
      ActorMention accuser = antecedents.deniedTo(event);
      return accuser == null
          ? event
          : event.withTarget(accuser, "denial answers '" + accuser.name() + "'");
    }
    String root = event.code().root();
    boolean addressed = CONTEXT_TARGETS.contains(root);
    if (addressed || event.code().code().equals("011")) {
      // A threat, criticism, appeal or refusal with no one named is about the story's other side.
      ActorMention other = antecedents.counterpart(event);
      if (other != null) {
        return event.withTarget(
            other, "addressed to the other side before: '" + other.name() + "'");
      }
      ActorMention joined = root.equals("11") ? antecedents.criticised(event) : null;
      if (joined != null) {
        return event.withTarget(joined, "joins the criticism of '" + joined.name() + "'");
      }
      if (storyPlace != null
          && PLACE_TARGETS.contains(root)
          && !storyPlace.code().country().equals(event.source().code().country())) {
        return event.withTarget(
            storyPlace, "about where the story was filed: '" + storyPlace.name() + "'");
      }
      return root.equals("13") || !addressed ? event : null;
    }
    return event;
  }

  /** Roots whose events with no one named are about the story's place when nothing else is. */
  private static final Set<String> PLACE_TARGETS = Set.of("11", "13");

  /** Roots whose events always have another side, found in context when the sentence has none. */
  private static final Set<String> CONTEXT_TARGETS = Set.of("02", "10", "11", "12", "13");

  private List<CodedEvent> codeSentence(
      AnnotatedArticle article,
      Sentence sentence,
      List<ActorMention> actors,
      EventAntecedents antecedents) {
    if (grammar.isDiscarded(sentence)) {
      return List.of();
    }
    Slots slots = new Slots(grammar, sentence, actors, antecedents);
    Map<String, Candidate> kept = new LinkedHashMap<>();
    for (Draft draft : finder.find(sentence, slots)) {
      Wording.Reading reading = wording.read(sentence, draft);
      if (reading == null) {
        continue;
      }
      List<String> notes = new ArrayList<>(reading.notes());
      Refinement.Refined refined = refinement.refine(sentence, draft, reading, slots, notes);
      if (refined == null
          || "reverse".equals(draft.targetSlot()) && !DraftFinder.reciprocal(refined.code())) {
        continue; // "agreed to hold drills": an intent is one event, not each side's
      }
      CodedEvent event = event(article, sentence, draft, reading, refined, notes);
      String key = dedupeKey(event);
      Candidate candidate = new Candidate(event, draft.pattern().specificity(), reading.wrappers());
      Candidate previous = kept.get(key);
      if (previous == null || candidate.beats(previous)) {
        kept.put(key, candidate);
      }
    }
    // A wrapping verb ("offered", "agreed") is not an event of its own when the event it wraps
    // is kept; when that event lost to the wrapper's own reading of the same pair, it stays.
    Set<Integer> wrappers = new HashSet<>();
    for (Candidate candidate : kept.values()) {
      wrappers.addAll(candidate.wrappers());
    }
    List<CodedEvent> result = new ArrayList<>();
    for (Candidate candidate : kept.values()) {
      if (!wrappers.contains(candidate.event().trigger().token())) {
        result.add(candidate.event());
      }
    }
    return result;
  }

  /** The best event so far for one actor pair and family of a sentence. */
  private record Candidate(CodedEvent event, int specificity, Set<Integer> wrappers) {
    /**
     * The event a wrapper wraps ("pledged to back Ukraine": the backing, as 032) beats the
     * wrapper's own generic reading of the same pair (030); otherwise the more specific pattern.
     */
    boolean beats(Candidate other) {
      if (wrappers.contains(other.event.trigger().token())) {
        return true;
      }
      if (other.wrappers.contains(event.trigger().token())) {
        return false;
      }
      return specificity > other.specificity;
    }
  }

  /**
   * An event in an article dated only to the month gets that month, marked so, when its text gives
   * no date of its own: the same fallback as a dated article's, as precise as the date allows.
   */
  private static ResolvedDate monthFallback(ResolvedDate date, Article article) {
    if (date.basis() != DateBasis.NONE || article.published() == null) {
      return date;
    }
    return new ResolvedDate(
        article.published(), DateBasis.PUBLISHED, article.datePrecision(), null);
  }

  private CodedEvent event(
      AnnotatedArticle article,
      Sentence sentence,
      Draft draft,
      Wording.Reading reading,
      Refinement.Refined refined,
      List<String> notes) {
    ResolvedDate date =
        EventDates.resolve(
            sentence,
            reading.clause(),
            draft.trigger(),
            article.article().anchorDate(),
            reading.intended());
    date = monthFallback(date, article.article());
    return new CodedEvent(
        article.article().id(),
        sentence.index(),
        draft.source(),
        refined.target(),
        cameo.get(refined.code()),
        Explanation.trigger(article, sentence, draft),
        date.date(),
        date.basis(),
        date.precision(),
        draft.pattern().name(),
        Explanation.confidence(draft),
        article.sentenceText(sentence.index()),
        Explanation.explain(sentence, draft, refined.target(), notes, date));
  }

  /** One event per actor pair and family in a sentence; a consultation's pair is unordered. */
  private static String dedupeKey(CodedEvent event) {
    String source = event.source().head() + event.source().code().code();
    String target =
        event.target() == null ? "-" : event.target().head() + event.target().code().code();
    if (EventKey.isSymmetric(event.code().code()) && source.compareTo(target) > 0) {
      String swap = source;
      source = target;
      target = swap;
    }
    return source + ">" + target + ":" + event.code().root();
  }
}
