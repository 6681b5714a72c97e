package org.khaldun.coding;

import java.util.List;
import org.khaldun.model.ActorMention;
import org.khaldun.model.Sentence;
import org.khaldun.model.Token;

/**
 * Actors a clause leaves out that the sentence or the story gives: the agent of an agentless
 * passive, whoever made "a move" others condemned. One instance per sentence, beside its slots.
 */
final class ImpliedActors {
  private final Grammar grammar;
  private final Sentence sentence;
  private final Slots slots;
  private final EventAntecedents antecedents;

  ImpliedActors(Grammar grammar, Sentence sentence, Slots slots, EventAntecedents antecedents) {
    this.grammar = grammar;
    this.sentence = sentence;
    this.slots = slots;
    this.antecedents = antecedents;
  }

  /**
   * "Spain recognised a Palestinian state, a move Israel condemned": a verb in a clause on a noun
   * for an act ("a move", "a decision") that sums up the sentence's main clause is about whoever
   * acted in that clause.
   */
  Slots.Filler movedBy(int verb) {
    Token token = sentence.token(verb);
    String rel = token.relation();
    if (!(rel.equals("dep") || rel.startsWith("acl")) || token.head() < 0) {
      return Slots.Filler.EMPTY;
    }
    Token act = sentence.token(token.head());
    String actRel = act.relation();
    if (!act.isNoun()
        || !grammar.antecedentAct.contains(act.lemma())
        || act.head() < 0
        || !(actRel.equals("obl:npmod") || actRel.equals("appos") || actRel.equals("dep"))
        || !sentence.token(act.head()).isVerb()) {
      return Slots.Filler.EMPTY;
    }
    Slots.Filler actor = slots.verbSubject(act.head());
    return actor.isEmpty() ? actor : new Slots.Filler(actor.actors(), "move-of", true);
  }

  /**
   * The agent a passive leaves unnamed, where the story gives it: whoever carried out the act it
   * happened in ("were killed in the raid"), else whoever last used force on the same people
   * ("Police fired tear gas at protesters. Dozens of demonstrators were arrested.").
   */
  Slots.Filler unnamedAgent(int verb) {
    for (Token child : sentence.children(verb)) {
      if (child.relation().startsWith("obl")
          && (Grammar.hasCase(sentence, child.index(), "in")
              || Grammar.hasCase(sentence, child.index(), "during"))) {
        ActorMention actor = antecedents.actorOf(sentence, child.index());
        if (actor != null) {
          return new Slots.Filler(List.of(actor), "agent-context", true);
        }
      }
    }
    int patient = Grammar.child(sentence, verb, "nsubj:pass");
    for (ActorMention victim : slots.at(patient, "patient").actors()) {
      ActorMention agent = antecedents.forceAgainst(victim, sentence.index());
      if (agent != null) {
        return new Slots.Filler(List.of(agent), "agent-context", true);
      }
    }
    return Slots.Filler.EMPTY;
  }
}
