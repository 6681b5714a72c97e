package org.khaldun.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khaldun.dates.EventDates;
import org.khaldun.dates.ResolvedDate;
import org.khaldun.model.ActorCode;
import org.khaldun.model.ActorMention;
import org.khaldun.model.AnnotatedArticle;
import org.khaldun.model.CodedEvent;
import org.khaldun.model.Sentence;
import org.khaldun.model.Token;
import org.khaldun.model.Trigger;
import org.khaldun.ontology.Cameo;

/**
 * Codes events by matching the {@link PatternBook}'s verb and noun patterns over each sentence's
 * dependency tree, then reading the wording around the trigger: complement-taking verbs ("agreed
 * to", "refused to", "threatened to"), modals ("will visit" is an intent, 036), negation (not
 * coded, or a refusal for a negated intent), conditions and questions (not coded). Each event is
 * dated from its own clause by {@link EventDates}. Thread-safe.
 */
public final class DependencyCoder implements EventCoder {
  private final PatternBook patterns;
  private final Cameo cameo;

  public DependencyCoder(PatternBook patterns, Cameo cameo) {
    this.patterns = patterns;
    this.cameo = cameo;
  }

  @Override
  public List<CodedEvent> code(AnnotatedArticle article, List<ActorMention> actors) {
    List<List<ActorMention>> bySentence = new ArrayList<>(article.sentences().size());
    for (int i = 0; i < article.sentences().size(); i++) {
      bySentence.add(new ArrayList<>());
    }
    for (ActorMention actor : actors) {
      if (actor.sentence() >= 0 && actor.sentence() < bySentence.size()) {
        bySentence.get(actor.sentence()).add(actor);
      }
    }
    List<CodedEvent> events = new ArrayList<>();
    for (Sentence sentence : article.sentences()) {
      events.addAll(codeSentence(article, sentence, bySentence.get(sentence.index())));
    }
    return dateFromFollowingSentence(article, events);
  }

  private static final Set<String> BACK_REFERENCES =
      Set.of("call", "conversation", "meeting", "talk", "visit", "discussion", "two", "statement");

  /**
   * A lead sentence often leaves its event undated and the next sentence, referring back to it
   * ("the call", "the two"), says when: "... said in a statement Wednesday the two agreed".
   */
  private static List<CodedEvent> dateFromFollowingSentence(
      AnnotatedArticle article, List<CodedEvent> events) {
    List<CodedEvent> result = new ArrayList<>(events.size());
    java.util.Map<org.khaldun.dedup.EventKey, CodedEvent> lastDated = new java.util.HashMap<>();
    for (CodedEvent event : events) {
      if (!event.code().root().equals("04")) {
        result.add(event);
        continue;
      }
      org.khaldun.dedup.EventKey pair = org.khaldun.dedup.EventKey.of(event);
      CodedEvent dated = event;
      if (event.dateBasis() == org.khaldun.model.DateBasis.PUBLISHED) {
        CodedEvent earlier = lastDated.get(pair);
        if (earlier != null && refersBack(article.sentences().get(event.sentence()))) {
          // "During the call, the two ministers discussed": the call dated before.
          dated = event.withDate(earlier.date(), earlier.dateBasis(), earlier.datePrecision());
        } else if (event.sentence() + 1 < article.sentences().size()
            && refersBack(article.sentences().get(event.sentence() + 1))) {
          ResolvedDate date =
              EventDates.firstDay(
                  article.sentences().get(event.sentence() + 1), article.article().published());
          dated =
              date == null ? event : event.withDate(date.date(), date.basis(), date.precision());
        }
      }
      if (dated.dateBasis() == org.khaldun.model.DateBasis.TEXT) {
        lastDated.put(pair, dated);
      }
      result.add(dated);
    }
    return result;
  }

  private static boolean refersBack(Sentence sentence) {
    for (Token token : sentence.tokens()) {
      if (BACK_REFERENCES.contains(token.lemma())
          && token.index() > 0
          && sentence.token(token.index() - 1).lemma().equals("the")) {
        return true;
      }
    }
    return false;
  }

  /** An event before wording and dating are applied. */
  private record Draft(
      Pattern pattern,
      int trigger,
      int governor,
      ActorMention source,
      String sourceSlot,
      ActorMention target,
      String targetSlot,
      boolean indirect) {
    int predicate() {
      return pattern.noun() && governor >= 0 ? governor : trigger;
    }
  }

  private List<CodedEvent> codeSentence(
      AnnotatedArticle article, Sentence sentence, List<ActorMention> actors) {
    Slots slots = new Slots(sentence, actors);
    List<Draft> drafts = new ArrayList<>();
    for (Token token : sentence.tokens()) {
      List<Pattern> candidates;
      int governor = -1;
      if (token.isNoun()) {
        candidates = patterns.nounPatterns(token.lemma());
        governor = candidates.isEmpty() ? -1 : TriggerMatcher.governor(sentence, token.index());
      } else if ((token.isVerb() || token.pos().startsWith("JJ"))
          && !token.relation().equals("amod")) {
        // An adjectival participle ("Jordan's visiting king") describes, it does not report.
        candidates = patterns.verbPatterns(token.lemma());
      } else {
        continue;
      }
      if (candidates.isEmpty()) {
        continue;
      }
      List<Pattern> matching = new ArrayList<>();
      for (Pattern pattern : candidates) {
        if (TriggerMatcher.matches(sentence, pattern, token, governor)) {
          matching.add(pattern);
        }
      }
      // A trigger matched with its modifier ("air attacks") is more specific than the bare noun.
      int trigger = token.index();
      matching.sort(
          (a, b) -> Integer.compare(score(sentence, b, trigger), score(sentence, a, trigger)));
      for (Pattern pattern : matching) {
        List<Draft> produced = instantiate(sentence, pattern, token.index(), governor, slots);
        if (!produced.isEmpty()) {
          drafts.addAll(produced);
          break;
        }
      }
    }
    Set<Integer> wrappers = new HashSet<>();
    Map<String, CodedEvent> kept = new LinkedHashMap<>();
    Map<String, Integer> keptSpecificity = new LinkedHashMap<>();
    for (Draft draft : drafts) {
      CodedEvent event = finish(article, sentence, draft, wrappers, slots);
      if (event == null) {
        continue;
      }
      String key = dedupeKey(event);
      int specificity = draft.pattern().specificity();
      Integer previous = keptSpecificity.get(key);
      if (previous == null || specificity > previous) {
        kept.put(key, event);
        keptSpecificity.put(key, specificity);
      }
    }
    List<CodedEvent> result = new ArrayList<>();
    for (CodedEvent event : kept.values()) {
      if (!wrappers.contains(event.trigger().token())) {
        result.add(event);
      }
    }
    return result;
  }

  /** One event per actor pair and family in a sentence; a consultation's pair is unordered. */
  private static String dedupeKey(CodedEvent event) {
    String source = event.source().head() + event.source().code().code();
    String target =
        event.target() == null ? "-" : event.target().head() + event.target().code().code();
    if (org.khaldun.dedup.EventKey.isSymmetric(event.code().code())
        && source.compareTo(target) > 0) {
      String swap = source;
      source = target;
      target = swap;
    }
    return source + ">" + target + ":" + event.code().root();
  }

  private static int score(Sentence sentence, Pattern pattern, int trigger) {
    int score = pattern.specificity();
    if (pattern.noun()) {
      for (String word : pattern.triggers()) {
        if (word.indexOf('-') > 0
            && TriggerMatcher.nounMatches(sentence, sentence.token(trigger), word)) {
          return score + 2;
        }
      }
    }
    return score;
  }

  private List<Draft> instantiate(
      Sentence sentence, Pattern pattern, int trigger, int governor, Slots slots) {
    String relation = sentence.token(trigger).relation();
    if (pattern.noun() && pattern.governors().isEmpty() && !relation.startsWith("obl")) {
      // "said an attack on Gaza would ...": only a support verb (a gov: condition) or a
      // circumstance ("in a phone call with") lends its subject to a noun trigger.
      governor = -1;
    }
    Slots.Filler sources = slots.fill(pattern.sources(), trigger, pattern.noun(), governor, false);
    if (sources.isEmpty()) {
      return List.of();
    }
    Slots.Filler targets = slots.fill(pattern.targets(), trigger, pattern.noun(), governor, true);
    if (pattern.has(Pattern.Flag.DIRECT) && targets.indirect()) {
      targets = Slots.Filler.EMPTY;
    }
    List<Draft> drafts = new ArrayList<>();
    if (targets.isEmpty()) {
      List<ActorMention> s = sources.actors();
      if (pattern.has(Pattern.Flag.SYMMETRIC) && s.size() >= 2) {
        for (int i = 1; i < s.size(); i++) {
          if (!s.get(0).sameActor(s.get(i))) {
            drafts.add(
                new Draft(
                    pattern,
                    trigger,
                    governor,
                    s.get(0),
                    sources.slot(),
                    s.get(i),
                    "conj",
                    sources.indirect()));
          }
        }
        return drafts;
      }
      for (ActorMention source : s) {
        boolean self = pattern.has(Pattern.Flag.SELF) && source.code().country() != null;
        if (self || pattern.has(Pattern.Flag.OPTIONAL_TARGET) || pattern.has(Pattern.Flag.SELF)) {
          drafts.add(
              new Draft(
                  pattern,
                  trigger,
                  governor,
                  source,
                  sources.slot(),
                  self
                      ? source.withCode(ActorCode.country(source.code().country()), source.name())
                      : null,
                  self ? "self" : "none",
                  sources.indirect()));
        }
      }
      return drafts;
    }
    for (ActorMention source : sources.actors()) {
      for (ActorMention target : targets.actors()) {
        if (source.equals(target) || source.code().equals(target.code())) {
          continue;
        }
        if (source.sameActor(target) && pattern.has(Pattern.Flag.SYMMETRIC)) {
          continue;
        }
        drafts.add(
            new Draft(
                pattern,
                trigger,
                governor,
                source,
                sources.slot(),
                target,
                targets.slot(),
                sources.indirect() || targets.indirect()));
        if (drafts.size() >= 8) {
          return drafts;
        }
      }
    }
    return drafts;
  }

  /** Applies wrappers, modality, negation and consultation refinements; dates the event. */
  private CodedEvent finish(
      AnnotatedArticle article,
      Sentence sentence,
      Draft draft,
      Set<Integer> wrappers,
      Slots slots) {
    Pattern pattern = draft.pattern();
    int predicate = draft.predicate();
    String code = pattern.code();
    List<String> notes = new ArrayList<>();
    boolean negated =
        Grammar.isNegated(sentence, predicate)
            || pattern.noun() && Grammar.isNegated(sentence, draft.trigger());
    boolean modal = Grammar.isModal(sentence, predicate);
    boolean conditional = Grammar.isConditional(sentence, predicate);
    boolean intended = false;
    boolean obliged = Grammar.hasAuxiliary(sentence, predicate, OBLIGATION);
    int current = predicate;
    Set<Integer> usedWrappers = new HashSet<>();
    List<Integer> levels = new ArrayList<>(List.of(predicate));
    // A noun under a complement-taking verb: "agreed to a ceasefire", "refused talks".
    WrapMode nounWrapper =
        pattern.noun() && draft.governor() >= 0
            ? patterns.wrapper(sentence.token(draft.governor()).lemma())
            : null;
    for (int hops = 0; hops < 4; hops++) {
      int governorIndex;
      WrapMode mode;
      if (hops == 0 && nounWrapper != null) {
        governorIndex = draft.governor();
        mode = nounWrapper;
      } else {
        Token token = sentence.token(current);
        governorIndex = token.head();
        if (governorIndex < 0) {
          break;
        }
        String rel = token.relation();
        mode = patterns.wrapper(sentence.token(governorIndex).lemma());
        boolean complement = rel.equals("xcomp");
        boolean nonAsserting =
            (rel.equals("ccomp") || rel.equals("advcl") || rel.equals("acl"))
                && (mode == WrapMode.DENY || mode == WrapMode.NEGATE);
        if (!complement && !nonAsserting) {
          if (rel.equals("acl") && hasInfinitiveMark(sentence, current)) {
            return null; // "demands to release prisoners": described, not reported as done
          }
          break;
        }
        if (mode == null) {
          return null; // "urged France to help": the complement of a plain verb did not happen
        }
      }
      Token governor = sentence.token(governorIndex);
      usedWrappers.add(governorIndex);
      levels.add(governorIndex);
      notes.add(mode.name().toLowerCase(java.util.Locale.ROOT) + " by '" + governor.text() + "'");
      switch (mode) {
        case NEGATE -> {
          return null;
        }
        case DENY -> code = "016";
        case REJECT -> code = Transforms.reject(code);
        case THREATEN -> code = Transforms.threaten(code);
        case INTENT -> {
          intended = true;
          if (!pattern.has(Pattern.Flag.KEEP)) {
            code = Transforms.intent(code);
          }
        }
        case SAME -> {}
        default -> throw new IllegalStateException("unhandled wrap mode " + mode);
      }
      negated |= Grammar.isNegated(sentence, governorIndex);
      modal |= Grammar.isModal(sentence, governorIndex);
      conditional |= Grammar.isConditional(sentence, governorIndex);
      obliged |= Grammar.hasAuxiliary(sentence, governorIndex, OBLIGATION);
      current = governorIndex;
    }
    if (obliged) {
      return null; // "the US must mediate": an obligation, not an event
    }
    if (conditional || Grammar.isQuestion(sentence, current)) {
      return null;
    }
    if (negated) {
      if ((modal || intended) && Transforms.cooperative(pattern.code())) {
        code = Transforms.reject(pattern.code());
        notes.add("negated intent: refusal");
      } else {
        return null;
      }
    } else if (modal && !pattern.has(Pattern.Flag.KEEP)) {
      code = Transforms.intent(code);
      notes.add("modal: intent");
    }
    if (code.startsWith("04") && !code.equals("036")) {
      code = refineConsultation(sentence, draft, code, notes, slots);
    }
    ActorMention target = draft.target();
    if (code.startsWith("04")
        && target != null
        && target.code().country() != null
        && target.code().country().equals(draft.source().code().country())) {
      return null; // consultations are between different countries
    }
    if (code.startsWith("13") && (target == null || "self".equals(draft.targetSlot()))) {
      ActorMention conditioned = conditionTarget(sentence, levels, slots, draft.source());
      if (conditioned != null) {
        target = conditioned;
        notes.add("threat target from the condition: '" + conditioned.name() + "'");
      }
    }
    wrappers.addAll(usedWrappers);
    ResolvedDate date =
        EventDates.resolve(
            sentence, current, draft.trigger(), article.article().published(), intended || modal);
    Trigger trigger = trigger(article, sentence, draft);
    double confidence = confidence(draft);
    String explanation = explain(sentence, draft, notes, date);
    return new CodedEvent(
        article.article().id(),
        sentence.index(),
        draft.source(),
        target,
        cameo.get(code),
        trigger,
        date.date(),
        date.basis(),
        date.precision(),
        pattern.name(),
        confidence,
        article.sentenceText(sentence.index()),
        explanation);
  }

  private static final Set<String> OBLIGATION = Set.of("must", "should", "ought");

  private static boolean hasInfinitiveMark(Sentence sentence, int index) {
    for (Token child : sentence.children(index)) {
      if (child.relation().equals("mark") && child.lemma().equals("to")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "threatened to strike unless Israel withdrew": the subject of the condition is the one
   * threatened.
   */
  private static ActorMention conditionTarget(
      Sentence sentence, List<Integer> levels, Slots slots, ActorMention source) {
    for (int level : levels) {
      for (Token child : sentence.children(level)) {
        if (child.relation().equals("advcl") && Grammar.isConditional(sentence, child.index())) {
          int subject = Grammar.subject(sentence, child.index());
          for (ActorMention actor : slots.at(subject, "condition").actors()) {
            if (!actor.sameActor(source)) {
              return actor;
            }
          }
        }
      }
    }
    return null;
  }

  /**
   * A phone cue makes a consultation 041; a place makes a meeting a visit (042), hosting (043) or
   * third-place (044).
   */
  private static String refineConsultation(
      Sentence sentence, Draft draft, String code, List<String> notes, Slots slots) {
    for (int t : clause(sentence, draft.predicate(), draft.trigger())) {
      String lemma = sentence.token(t).lemma();
      if (lemma.equals("phone")
          || lemma.equals("telephone")
          || lemma.equals("phoned")
          || lemma.equals("videoconference")) {
        if (!code.equals("041")) {
          notes.add("phone cue '" + sentence.token(t).text() + "': 041");
        }
        return "041";
      }
    }
    if (draft.pattern().has(Pattern.Flag.LOCATION) && draft.target() != null) {
      Slots.Filler place =
          slots.fill(
              List.of("loc"), draft.trigger(), draft.pattern().noun(), draft.governor(), false);
      ActorMention location = place.isEmpty() ? null : place.actors().get(0);
      if (location != null && location.code().country() != null) {
        String country = location.code().country();
        String refined =
            country.equals(draft.source().code().country())
                ? "043"
                : country.equals(draft.target().code().country()) ? "042" : "044";
        notes.add("place '" + location.name() + "': " + refined);
        return refined;
      }
      return "040";
    }
    return code;
  }

  private static List<Integer> clause(Sentence sentence, int predicate, int trigger) {
    List<Integer> tokens = new ArrayList<>();
    java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>(List.of(predicate));
    Set<Integer> seen = new HashSet<>();
    while (!queue.isEmpty()) {
      int t = queue.poll();
      if (!seen.add(t)) {
        continue;
      }
      tokens.add(t);
      for (Token child : sentence.children(t)) {
        if (!Grammar.isClause(child)) {
          queue.add(child.index());
        }
      }
    }
    if (!seen.contains(trigger)) {
      tokens.add(trigger);
    }
    return tokens;
  }

  private static Trigger trigger(AnnotatedArticle article, Sentence sentence, Draft draft) {
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

  private static double confidence(Draft draft) {
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

  private static String explain(
      Sentence sentence, Draft draft, List<String> notes, ResolvedDate date) {
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
    if (draft.target() != null) {
      text.append("; target '")
          .append(draft.target().name())
          .append("' via ")
          .append(draft.targetSlot())
          .append(" [")
          .append(draft.target().basis())
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
