package org.khaldun.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.khaldun.model.ActorMention;
import org.khaldun.model.AnnotatedArticle;
import org.khaldun.model.CodedEvent;
import org.khaldun.model.Sentence;
import org.khaldun.model.Token;

/**
 * The events an article has reported so far, for nouns that refer back to one: "Brazil condemned
 * the raid" targets whoever carried out the raid reported before; "NATO welcomed the decision"
 * whoever decided. A noun matches an earlier event by its trigger's lemma ("the raid", "raided"),
 * by kind (a violent act for "the killing", an arrest for "the detention") or, for nouns that name
 * any act ("the decision", "the move"), the latest event. One instance per article, fed sentence by
 * sentence; not thread-safe.
 */
final class EventAntecedents {
  /** How many sentences back a reference may reach. */
  private static final int REACH = 3;

  private record Reported(CodedEvent event, String lemma) {}

  private final AnnotatedArticle article;
  private final Grammar grammar;
  private final List<Reported> reported = new ArrayList<>();

  EventAntecedents(AnnotatedArticle article, Grammar grammar) {
    this.article = article;
    this.grammar = grammar;
  }

  void add(List<CodedEvent> events) {
    for (CodedEvent event : events) {
      Sentence sentence = article.sentences().get(event.sentence());
      reported.add(new Reported(event, sentence.token(event.trigger().token()).lemma()));
    }
  }

  /** The actor of the earlier event the noun at {@code index} refers to, or null. */
  ActorMention actorOf(Sentence sentence, int index) {
    Token noun = sentence.token(index);
    if (!noun.isNoun() || noun.isProperNoun() || !referential(sentence, index)) {
      return null;
    }
    String lemma = noun.lemma();
    boolean anyAct = grammar.antecedentAct.contains(lemma);
    String family = grammar.antecedentFamily(lemma);
    for (int i = reported.size() - 1; i >= 0; i--) {
      Reported r = reported.get(i);
      if (sentence.index() - r.event().sentence() > REACH) {
        break;
      }
      String root = r.event().code().root();
      if (r.lemma().equals(lemma) || family != null && family.contains(root) || anyAct) {
        return r.event().source();
      }
    }
    return null;
  }

  /**
   * The accuser a denial answers: the source of the latest accusation or criticism (root 11) of the
   * denier, else the victim of the latest violent act by another ("Islamabad denied any involvement
   * in the attack"), or null.
   */
  ActorMention deniedTo(CodedEvent denial) {
    ActorMention denier = denial.source();
    CodedEvent accusation =
        latest(
            denial.sentence(),
            REACH + 2,
            e ->
                e.code().root().equals("11")
                    && e.target().sameActor(denier)
                    && !e.source().sameActor(denier));
    if (accusation != null) {
      return accusation.source();
    }
    CodedEvent violence =
        latest(
            denial.sentence(),
            REACH,
            e -> root(e) >= 18 && !e.source().sameActor(denier) && !e.target().sameActor(denier));
    return violence == null ? null : violence.target();
  }

  /**
   * The other side of the latest event the actor took part in, within reach: who a threat or a
   * refusal to comment with no one named is about ("Israel would respond forcefully to any
   * violation"), or null.
   */
  ActorMention counterpart(CodedEvent event) {
    ActorMention actor = event.source();
    CodedEvent earlier =
        latest(
            event.sentence(),
            REACH,
            e -> e.source().sameActor(actor) != e.target().sameActor(actor));
    if (earlier == null) {
      return null;
    }
    return earlier.source().sameActor(actor) ? earlier.target() : earlier.source();
  }

  /**
   * Whom the latest criticism by another actor was aimed at, within reach: a criticism with no one
   * named joins it ("The White House condemned Iran's cyberattack. NATO also condemned the hack."),
   * or null.
   */
  ActorMention criticised(CodedEvent event) {
    ActorMention critic = event.source();
    CodedEvent earlier =
        latest(
            event.sentence(),
            REACH,
            e ->
                e.code().root().equals(event.code().root())
                    && !e.source().sameActor(critic)
                    && !e.target().sameActor(critic));
    return earlier == null ? null : earlier.target();
  }

  /**
   * Who last used force (roots 17 to 20) on {@code victim}, within two sentences before {@code
   * sentence}: the agent an agentless passive leaves out, or null.
   */
  ActorMention forceAgainst(ActorMention victim, int sentence) {
    // The police on protesters of their own country too: the codes differ, not the countries.
    CodedEvent earlier =
        latest(
            sentence,
            2,
            e ->
                root(e) >= 17
                    && e.target().sameActor(victim)
                    && !e.source().code().equals(victim.code()));
    return earlier == null ? null : earlier.source();
  }

  /** The latest event with a target within {@code reach} sentences that passes {@code test}. */
  private CodedEvent latest(int sentence, int reach, Predicate<CodedEvent> test) {
    for (int i = reported.size() - 1; i >= 0; i--) {
      CodedEvent event = reported.get(i).event();
      if (sentence - event.sentence() > reach) {
        break;
      }
      if (event.target() != null && test.test(event)) {
        return event;
      }
    }
    return null;
  }

  private static int root(CodedEvent event) {
    return Integer.parseInt(event.code().root());
  }

  /** "the raid", "its decision", "these attacks": a noun that points back. */
  private static boolean referential(Sentence sentence, int index) {
    for (Token child : sentence.children(index)) {
      String rel = child.relation();
      if (rel.equals("det")
              && (child.lemma().equals("the")
                  || child.lemma().equals("this")
                  || child.lemma().equals("that")
                  || child.lemma().equals("these")
                  || child.lemma().equals("those"))
          || rel.equals("nmod:poss") && child.isPronoun()) {
        return true;
      }
    }
    return false;
  }
}
