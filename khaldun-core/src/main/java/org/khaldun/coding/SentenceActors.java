package org.khaldun.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.khaldun.model.ActorMention;
import org.khaldun.model.Sentence;
import org.khaldun.model.Token;

/**
 * The actors of one sentence by the token that heads them, and the actors a non-actor noun lends:
 * those among its modifiers ("a U.S. request", "the release of Israeli hostages") or, for a noun
 * that refers back to a reported event ("the raid"), that event's actor. One per sentence.
 */
final class SentenceActors {
  /**
   * Prepositions whose object lends its actor to the noun it modifies, in order of preference:
   * "violations by the army", "the release of Israeli hostages", "relations with Russia".
   */
  private static final String[] LENDING = {
    "by", "of", "from", "in", "with", "on", "against", "at", "near", "outside", "inside", "for"
  };

  private final Sentence sentence;
  private final EventAntecedents antecedents;
  private final Map<Integer, List<ActorMention>> byHead = new HashMap<>();

  SentenceActors(Sentence sentence, List<ActorMention> mentions, EventAntecedents antecedents) {
    this.sentence = sentence;
    this.antecedents = antecedents;
    for (ActorMention mention : mentions) {
      if (mention.sentence() == sentence.index()) {
        byHead.computeIfAbsent(mention.head(), k -> new ArrayList<>()).add(mention);
      }
    }
  }

  /** The actors headed by {@code head}, or null. */
  List<ActorMention> get(int head) {
    return byHead.get(head);
  }

  boolean has(int head) {
    return byHead.containsKey(head);
  }

  /**
   * What a non-actor noun lends: the actors among its modifiers, else the actor of the reported
   * event it refers back to ("condemned the raid": whoever carried out the raid).
   */
  List<ActorMention> lent(int head) {
    List<ActorMention> lent = modifiers(head);
    if (lent.isEmpty() && antecedents != null) {
      ActorMention actor = antecedents.actorOf(sentence, head);
      lent = actor == null ? List.of() : List.of(actor);
    }
    return lent;
  }

  List<ActorMention> withConjuncts(int head) {
    List<ActorMention> actors = new ArrayList<>(byHead.getOrDefault(head, List.of()));
    for (int conjunct : Grammar.conjuncts(sentence, head)) {
      actors.addAll(byHead.getOrDefault(conjunct, List.of()));
    }
    return actors;
  }

  List<ActorMention> resolveHead(int head) {
    List<ActorMention> direct = byHead.get(head);
    return direct != null ? direct : modifiers(head);
  }

  /**
   * Actors among a non-actor head's modifiers: possessor, adjective, compound, then by/of/from/in
   * phrases.
   */
  List<ActorMention> modifiers(int head) {
    Token token = sentence.token(head);
    if (!token.isNoun()) {
      return List.of();
    }
    ActorMention pronounPossessor = null;
    for (String relation : new String[] {"nmod:poss", "amod", "compound"}) {
      for (Token child : sentence.children(head)) {
        if (relation.equals("nmod:poss")
            && child.isPronoun()
            && byHead.containsKey(child.index())) {
          // "its border with Guyana": the possessor is the source's own; the border's other
          // side, if named, is the actor the noun lends.
          pronounPossessor = byHead.get(child.index()).get(0);
          continue;
        }
        if (child.relation().equals(relation) && byHead.containsKey(child.index())) {
          // "Saudi and U.S. mediation": the modifier and its conjuncts.
          return withConjuncts(child.index());
        }
      }
    }
    // "five Panamanian army officers": the adjective hangs on the compound.
    for (Token child : sentence.children(head)) {
      if (child.relation().equals("compound") && child.isNoun()) {
        for (Token grandchild : sentence.children(child.index())) {
          if ((grandchild.relation().equals("amod") || grandchild.relation().equals("compound"))
              && byHead.containsKey(grandchild.index())) {
            return byHead.get(grandchild.index());
          }
        }
      }
    }
    for (String preposition : LENDING) {
      for (Token child : sentence.children(head)) {
        if (child.relation().startsWith("nmod")
            && Grammar.hasCase(sentence, child.index(), preposition)) {
          List<ActorMention> found =
              byHead.containsKey(child.index()) ? withConjuncts(child.index()) : null;
          if (found == null && child.isNoun()) {
            found = modifiers(child.index());
          }
          if (found != null && !found.isEmpty()) {
            return found;
          }
        }
      }
    }
    return pronounPossessor == null ? List.of() : List.of(pronounPossessor);
  }

  static List<ActorMention> dedupe(List<ActorMention> actors) {
    List<ActorMention> result = new ArrayList<>();
    for (ActorMention actor : actors) {
      if (!result.contains(actor)) {
        result.add(actor);
      }
    }
    return result;
  }
}
