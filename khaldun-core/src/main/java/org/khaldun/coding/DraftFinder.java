package org.khaldun.coding;

import java.util.ArrayList;
import java.util.List;
import org.khaldun.model.ActorCode;
import org.khaldun.model.ActorMention;
import org.khaldun.model.Sentence;
import org.khaldun.model.Token;

/**
 * Finds the drafts of one sentence: at each token that is a trigger of some pattern, the most
 * specific matching pattern that finds a source (and a target, or may stand without one) gives one
 * draft per actor pair. Stateless apart from its pattern book; thread-safe.
 */
final class DraftFinder {
  /** No pattern pairs more actors than this in one sentence. */
  private static final int MAX_PAIRS = 8;

  private final PatternBook patterns;
  private final Grammar grammar;

  DraftFinder(PatternBook patterns) {
    this.patterns = patterns;
    this.grammar = patterns.grammar();
  }

  List<Draft> find(Sentence sentence, Slots slots) {
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
        if (TriggerMatcher.matches(grammar, sentence, pattern, token, governor)) {
          matching.add(pattern);
        }
      }
      // A trigger matched with its modifier ("air attacks") is more specific than the bare noun.
      int trigger = token.index();
      matching.sort(
          (a, b) -> Integer.compare(score(sentence, b, trigger), score(sentence, a, trigger)));
      drafts.addAll(best(sentence, matching, trigger, governor, slots));
    }
    return drafts;
  }

  /**
   * The drafts of the most specific matching pattern that yields any; of equally specific ones, a
   * pattern that finds its target in the sentence beats one that falls back to none or to the
   * source's own country ("launched strikes on Gaza" is an attack on Gaza, not a labour strike).
   */
  private List<Draft> best(
      Sentence sentence, List<Pattern> matching, int trigger, int governor, Slots slots) {
    List<Draft> fallback = null;
    int fallbackScore = Integer.MIN_VALUE;
    for (Pattern pattern : matching) {
      int score = score(sentence, pattern, trigger);
      if (fallback != null && score < fallbackScore) {
        break;
      }
      List<Draft> produced = instantiate(sentence, pattern, trigger, governor, slots);
      if (produced.isEmpty()) {
        continue;
      }
      if (produced.stream().anyMatch(Draft::explicitTarget)) {
        return produced;
      }
      if (fallback == null) {
        fallback = produced;
        fallbackScore = score;
      }
    }
    return fallback == null ? List.of() : fallback;
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
    if (pattern.noun()
        && pattern.governors().isEmpty()
        && !relation.startsWith("obl")
        && !(governor >= 0 && grammar.isSupport(sentence, governor))) {
      // "said an attack on Gaza would ...": only a support verb ("launched an attack"), a gov:
      // condition or a circumstance ("in a phone call with") lends its subject to a noun trigger.
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
    if (targets.isEmpty()) {
      return withoutTarget(sentence, pattern, trigger, governor, sources);
    }
    List<Draft> drafts = new ArrayList<>();
    for (ActorMention source : sources.actors()) {
      for (ActorMention target : targets.actors()) {
        if (source.equals(target)
            || sameSide(sentence, source, sources.indirect(), target, targets.indirect())) {
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
        if (drafts.size() >= MAX_PAIRS) {
          return drafts;
        }
      }
    }
    // "Hezbollah declared a ceasefire in south Lebanon": when the only target found is the
    // source's own side, the pattern stands as it would without one.
    return drafts.isEmpty() ? withoutTarget(sentence, pattern, trigger, governor, sources) : drafts;
  }

  /**
   * Whether two actors are one side: the same code, or the same country with the same sectors,
   * where a country named bare ("Pakistan") stands for its government ("Pakistan's prime minister
   * said Pakistan ..."), unless it was lent by the modifier of another noun ("an organization in
   * Northern Ireland"). A country acting on itself is coded only between different parts of it
   * (police and protesters, a government and rebels, authorities and "Ugandan candidates").
   */
  static boolean sameSide(
      Sentence sentence,
      ActorMention source,
      boolean sourceLent,
      ActorMention target,
      boolean targetLent) {
    if (source.code().equals(target.code())) {
      return true;
    }
    String country = source.code().country();
    if (country == null || !country.equals(target.code().country())) {
      return false;
    }
    return governing(sentence, source, sourceLent).equals(governing(sentence, target, targetLent));
  }

  /**
   * Joint acts that are each side's act on the other: material cooperation (joint drills), yielding
   * (a truce) and conflict. Intents, consultations and agreements are one event.
   */
  static boolean reciprocal(String code) {
    int root = Integer.parseInt(code.substring(0, 2));
    return root == 6 || root == 8 || root >= 11 || code.equals("050") || code.equals("054");
  }

  private static boolean distinct(List<ActorMention> actors) {
    for (ActorMention actor : actors) {
      if (!actor.sameActor(actors.get(0))) {
        return true;
      }
    }
    return false;
  }

  private static List<String> governing(Sentence sentence, ActorMention actor, boolean lent) {
    List<String> sectors = actor.code().sectors();
    boolean named =
        !lent
            && actor.sentence() == sentence.index()
            && actor.head() >= 0
            && actor.head() < sentence.size()
            && sentence.token(actor.head()).pos().equals("NNP");
    return sectors.isEmpty() && named ? List.of("GOV") : sectors;
  }

  /**
   * Drafts when no target slot holds an actor: conjoined sources pair up for a symmetric pattern
   * ("X and Y discussed"), a self pattern targets the source's own country, and an optional-target
   * pattern stands alone.
   */
  private static List<Draft> withoutTarget(
      Sentence sentence, Pattern pattern, int trigger, int governor, Slots.Filler sources) {
    List<Draft> drafts = new ArrayList<>();
    List<ActorMention> s = sources.actors();
    // "Ethiopia and Eritrea agreed to reopen their borders": a cooperative act of two sides
    // that would fall back on each side's own country is between them.
    boolean mutual =
        pattern.has(Pattern.Flag.SELF) && Transforms.cooperative(pattern.code()) && distinct(s);
    if ((pattern.has(Pattern.Flag.SYMMETRIC) || mutual) && s.size() >= 2) {
      for (int i = 1; i < s.size(); i++) {
        // "Sudanese army troops and RSF fighters fought": two sides of one country pair up.
        if (!sameSide(sentence, s.get(0), sources.indirect(), s.get(i), sources.indirect())) {
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
          // "India and Pakistan exchanged fire", "halted hostilities": each acted on the other.
          // Statements, intents, consultations and agreements are one event between them.
          if (reciprocal(pattern.code())) {
            drafts.add(
                new Draft(
                    pattern,
                    trigger,
                    governor,
                    s.get(i),
                    sources.slot(),
                    s.get(0),
                    "reverse",
                    sources.indirect()));
          }
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
}
