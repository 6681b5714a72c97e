package org.khaldun.coding;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.khaldun.model.ActorMention;
import org.khaldun.model.Sentence;
import org.khaldun.model.Token;

/**
 * What the rest of the sentence tells about a worded draft: a phone cue makes a consultation 041
 * and a place makes a meeting a visit (042), hosting (043) or third-place (044); a consultation of
 * a country with itself is no event; a threat without a target threatens the subject of its
 * condition. Stateless apart from its grammar; thread-safe.
 */
final class Refinement {
  /** A draft's final code and target, or null when it is no event. */
  record Refined(String code, ActorMention target) {}

  private final Grammar grammar;

  Refinement(Grammar grammar) {
    this.grammar = grammar;
  }

  Refined refine(
      Sentence sentence, Draft draft, Wording.Reading reading, Slots slots, List<String> notes) {
    if (reading.possible() && spokenByOther(sentence, draft, reading, slots)) {
      return null; // "Hezbollah could strike Israel, an analyst warned": a guess, not an intent
    }
    String code = reading.code();
    if (code.startsWith("04") && !code.equals("036")) {
      code = consultation(sentence, draft, code, notes, slots);
    }
    ActorMention target = draft.target();
    if (code.startsWith("04")
        && target != null
        && target.code().country() != null
        && target.code().country().equals(draft.source().code().country())) {
      return null; // consultations are between different countries
    }
    if (code.startsWith("13") && (target == null || "self".equals(draft.targetSlot()))) {
      ActorMention conditioned = conditionTarget(sentence, reading.levels(), slots, draft.source());
      if (conditioned != null) {
        target = conditioned;
        notes.add("threat target from the condition: '" + conditioned.name() + "'");
      }
    }
    if (code.equals("138")
        && target != null
        && target.code().country() != null
        && target.code().country().equals(draft.source().code().country())) {
      code = "137"; // force threatened against one's own people is repression
      notes.add("threat within a country: 137");
    }
    if (reading.intended() && (target == null || "self".equals(draft.targetSlot()))) {
      ActorMention addressee = addressee(sentence, reading, slots, draft.source());
      if (addressee != null) {
        target = addressee;
        notes.add("intent addressed to '" + addressee.name() + "'");
      }
    }
    return new Refined(code, target);
  }

  /** "promised ECOWAS it would hold elections": the one promised is the target. */
  private ActorMention addressee(
      Sentence sentence, Wording.Reading reading, Slots slots, ActorMention source) {
    for (int wrapper : reading.wrappers()) {
      for (String relation : new String[] {"iobj", "obj"}) {
        int head = Grammar.child(sentence, wrapper, relation);
        for (ActorMention actor : slots.at(head, relation).actors()) {
          if (!actor.sameActor(source)) {
            return actor;
          }
        }
      }
    }
    return null;
  }

  /** Whether the event is reported by a speaker other than its own source. */
  private boolean spokenByOther(
      Sentence sentence, Draft draft, Wording.Reading reading, Slots slots) {
    int speaker = grammar.speaker(sentence, reading.clause());
    if (speaker < 0) {
      return false;
    }
    List<ActorMention> speakers = slots.at(speaker, "speaker").actors();
    return speakers.isEmpty() || speakers.stream().noneMatch(a -> a.sameActor(draft.source()));
  }

  /**
   * "threatened to strike unless Israel withdrew": the subject of the condition is the one
   * threatened.
   */
  private ActorMention conditionTarget(
      Sentence sentence, List<Integer> levels, Slots slots, ActorMention source) {
    for (int level : levels) {
      for (Token child : sentence.children(level)) {
        if (child.relation().equals("advcl") && Grammar.isConditional(sentence, child.index())) {
          int subject = grammar.subject(sentence, child.index());
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

  private String consultation(
      Sentence sentence, Draft draft, String code, List<String> notes, Slots slots) {
    for (int t : clause(sentence, draft.predicate(), draft.trigger())) {
      if (grammar.phoneCue.contains(sentence.token(t).lemma())) {
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

  /** The tokens of the predicate's own clause, and the trigger. */
  private static List<Integer> clause(Sentence sentence, int predicate, int trigger) {
    List<Integer> tokens = new ArrayList<>();
    ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(predicate));
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
}
