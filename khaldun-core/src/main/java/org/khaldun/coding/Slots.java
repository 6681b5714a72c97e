package org.khaldun.coding;

import java.util.ArrayList;
import java.util.List;
import org.khaldun.model.ActorMention;
import org.khaldun.model.Sentence;
import org.khaldun.model.Token;

/**
 * Finds the actors that fill a pattern's source and target slots in one sentence. A slot whose head
 * is not itself an actor lends the actor among its modifiers ("a U.S. request", "Reagan's
 * statement", "violations by the Israeli military"). Conjoined heads give one actor each.
 */
final class Slots {

  private final Grammar grammar;
  private final Sentence sentence;
  private final SentenceActors actors;
  private final ImpliedActors implied;

  Slots(
      Grammar grammar,
      Sentence sentence,
      List<ActorMention> mentions,
      EventAntecedents antecedents) {
    this.grammar = grammar;
    this.sentence = sentence;
    this.actors = new SentenceActors(sentence, mentions, antecedents);
    this.implied = new ImpliedActors(grammar, sentence, this, antecedents);
  }

  /** A filled slot: the actors found and how ("obj", "with", "poss", ...). */
  record Filler(List<ActorMention> actors, String slot, boolean indirect) {
    static final Filler EMPTY = new Filler(List.of(), "", false);

    boolean isEmpty() {
      return actors.isEmpty();
    }
  }

  /**
   * The first slot of {@code slots} that holds an actor.
   *
   * @param trigger the trigger token
   * @param noun whether the trigger is a noun
   * @param governor for a noun, the verb governing it, else -1
   */
  Filler fill(List<String> slots, int trigger, boolean noun, int governor, boolean target) {
    for (String slot : slots) {
      Filler filler = fillOne(slot, trigger, noun, governor, target);
      if (!filler.isEmpty()) {
        return filler;
      }
    }
    return Filler.EMPTY;
  }

  private Filler fillOne(String slot, int trigger, boolean noun, int governor, boolean target) {
    switch (slot) {
      case "subj" -> {
        if (noun) {
          String relation = relationUnder(trigger, governor);
          if (governor >= 0
              && !grammar.isSupport(sentence, governor)
              && (relation.equals("obj") || relation.equals("nsubj:pass"))) {
            // "the army accepted Saudi mediation": the verb's subject acts, the modifier is the
            // other side; only support verbs ("launched Israeli strikes") leave it to the noun.
            Filler governing = verbSubject(governor);
            if (!governing.isEmpty()) {
              return governing;
            }
          }
          Filler own = fill(List.of("poss", "amod", "compound"), trigger, true, governor, target);
          if (own.isEmpty()) {
            // "an attack by rebels", but not "an inquiry into crimes committed by rebels".
            own = prepositionDirect("by", trigger);
          }
          if (!own.isEmpty() || governor < 0) {
            return own;
          }
          String rel = relationUnder(trigger, governor);
          String preposition = Grammar.preposition(sentence, trigger);
          if (rel.startsWith("obl")
              && preposition != null
              && grammar.circumstantial.contains(preposition)) {
            // "urged France to help ... in a phone call with Macron": the circumstance belongs to
            // the matrix clause, whatever verb of the chain the parser hung it on.
            return verbSubject(matrix(governor));
          }
          return rel.equals("obj") || rel.equals("nsubj:pass")
              ? verbSubject(governor)
              : Filler.EMPTY;
        }
        if (target) {
          int subject = grammar.subject(sentence, trigger);
          return at(
              subject >= 0 ? subject : Grammar.child(sentence, trigger, "nsubj:pass"), "subj");
        }
        return verbSubject(trigger);
      }
      case "obj" -> {
        int object = noun ? -1 : Grammar.object(sentence, trigger);
        return at(object, "obj");
      }
      case "iobj" -> {
        return at(Grammar.child(sentence, trigger, "iobj"), "iobj");
      }
      case "poss" -> {
        int host = noun ? trigger : Grammar.object(sentence, trigger);
        return host < 0 ? Filler.EMPTY : direct(Grammar.child(sentence, host, "nmod:poss"), "poss");
      }
      case "amod", "compound" -> {
        int host = noun ? trigger : Grammar.object(sentence, trigger);
        if (host < 0) {
          return Filler.EMPTY;
        }
        for (Token child : sentence.children(host)) {
          if ((child.relation().equals("amod") || child.relation().startsWith("compound"))
              && actors.has(child.index())) {
            return new Filler(actors.withConjuncts(child.index()), slot, false);
          }
        }
        return Filler.EMPTY;
      }
      case "speaker" -> {
        return at(grammar.speaker(sentence, noun && governor >= 0 ? governor : trigger), "speaker");
      }
      case "csubj", "that" -> {
        int host = noun && governor >= 0 ? governor : trigger;
        for (Token child : sentence.children(noun ? trigger : host)) {
          if (child.relation().equals("ccomp")
              || child.relation().equals("xcomp")
              || child.relation().equals("acl")) {
            int subject = grammar.subject(sentence, child.index());
            if (subject < 0) {
              subject = Grammar.child(sentence, child.index(), "nsubj:pass");
            }
            Filler filler = at(subject, "csubj");
            if (!filler.isEmpty()) {
              return filler;
            }
          }
        }
        return Filler.EMPTY;
      }
      case "loc" -> {
        return location(trigger, noun, governor);
      }
      case "any" -> {
        return any(trigger, noun, governor);
      }
      case "verb" -> {
        // "Israeli air strikes killed 20 people in Gaza": the verb the noun is subject of.
        Token token = sentence.token(trigger);
        if (!noun || !token.relation().startsWith("nsubj") || token.head() < 0) {
          return Filler.EMPTY;
        }
        Filler filler = any(token.head(), false, -1);
        return filler.isEmpty() ? filler : new Filler(filler.actors(), "verb", filler.indirect());
      }
      case "govobj" -> {
        // "thanked Scholz after a phone call": the call was with the verb's object.
        int object = noun && governor >= 0 ? Grammar.object(sentence, governor) : -1;
        return object >= 0 && actors.has(object) ? at(object, "govobj") : Filler.EMPTY;
      }
      case "comp" -> {
        return complement(noun && governor >= 0 ? governor : trigger);
      }
      default -> {
        return preposition(slot, trigger, noun, governor);
      }
    }
  }

  /**
   * The first actor among the trigger's arguments, in order: object, indirect object, then
   * prepositional dependents (a passive's by-phrase excepted), then the object's own modifiers and
   * the arguments of what it asks for ("an invitation to meet X"). For a noun: its prepositional
   * modifiers, then its governing verb's.
   */
  private Filler any(int trigger, boolean noun, int governor) {
    List<Integer> heads = new ArrayList<>();
    if (!noun) {
      int object = Grammar.object(sentence, trigger);
      if (object >= 0) {
        heads.add(object);
      }
      int indirect = Grammar.child(sentence, trigger, "iobj");
      if (indirect >= 0) {
        heads.add(indirect);
      }
    }
    boolean passive = !noun && Grammar.isPassive(sentence, trigger);
    addPrepositional(heads, trigger, passive);
    if (!noun) {
      int object = Grammar.object(sentence, trigger);
      if (object >= 0) {
        addPrepositional(heads, object, false);
        addAsked(heads, object);
      }
    } else if (governor >= 0) {
      addPrepositional(heads, governor, Grammar.isPassive(sentence, governor));
    }
    for (int head : heads) {
      Filler filler = at(head, "any");
      if (!filler.isEmpty()) {
        return filler;
      }
    }
    return noun ? Filler.EMPTY : implied.movedBy(trigger);
  }

  /**
   * The first actor among the arguments of the complement clause ("agreed to set up a centre in
   * Tokyo": Tokyo), or its subject when it has its own ("said Iraq would ...").
   */
  private Filler complement(int host) {
    for (Token child : sentence.children(host)) {
      String rel = child.relation();
      if (rel.equals("xcomp") || rel.equals("ccomp")) {
        Filler filler = any(child.index(), !child.isVerb() && child.isNoun(), -1);
        if (filler.isEmpty()) {
          // "hopeful that its dialogue with the IMF would succeed": the subject's modifiers.
          int subject = Grammar.child(sentence, child.index(), "nsubj");
          filler = subject >= 0 && !actors.has(subject) ? at(subject, "comp") : filler;
        }
        if (!filler.isEmpty()) {
          return new Filler(filler.actors(), "comp", filler.indirect());
        }
      }
    }
    return Filler.EMPTY;
  }

  /**
   * The relation to {@code governor} of the noun's phrase: "launched air and missile strikes" and
   * "launched a wave of strikes" make "strikes" the object, though it hangs on "air" or "wave".
   */
  private String relationUnder(int noun, int governor) {
    int current = noun;
    for (int hops = 0; hops < 3 && governor >= 0; hops++) {
      Token token = sentence.token(current);
      if (token.head() == governor || token.head() < 0) {
        return token.relation();
      }
      boolean of = token.relation().startsWith("nmod") && Grammar.hasCase(sentence, current, "of");
      if (!of && !token.relation().equals("conj")) {
        break; // "a war crimes investigation": a compound's noun is not the act
      }
      current = token.head();
    }
    return sentence.token(noun).relation();
  }

  /**
   * Last, the arguments of what a request or offer asks for: "declined an invitation to meet the
   * Palestinian president" is about the president when the invitation names no one.
   */
  private void addAsked(List<Integer> heads, int object) {
    if (!grammar.contentNoun.contains(sentence.token(object).lemma())) {
      return;
    }
    for (Token child : sentence.children(object)) {
      if (child.relation().equals("acl") && child.isVerb()) {
        int asked = Grammar.object(sentence, child.index());
        if (asked >= 0 && !heads.contains(asked)) {
          heads.add(asked);
        }
        addPrepositional(heads, child.index(), Grammar.isPassive(sentence, child.index()));
      }
    }
  }

  private void addPrepositional(List<Integer> heads, int host, boolean passive) {
    for (Token child : sentence.children(host)) {
      String rel = child.relation();
      if ((rel.startsWith("obl") || rel.startsWith("nmod") && !rel.equals("nmod:poss"))
          && !rel.equals("obl:tmod")
          && !(passive
              && (rel.equals("obl:agent") || Grammar.hasCase(sentence, child.index(), "by")))
          && !heads.contains(child.index())) {
        heads.add(child.index());
      }
    }
  }

  private int matrix(int verb) {
    int current = verb;
    for (int hops = 0; hops < 3; hops++) {
      Token token = sentence.token(current);
      String rel = token.relation();
      if (!(rel.equals("xcomp")
              || rel.equals("dep")
              || rel.equals("ccomp")
                  && !grammar.speech.contains(sentence.token(token.head()).lemma()))
          || token.head() < 0) {
        break;
      }
      current = token.head();
    }
    return current;
  }

  /** The subject of a verb: its own, the passive agent, or one it inherits. */
  Filler verbSubject(int verb) {
    if (Grammar.isPassive(sentence, verb)) {
      Filler agent = at(Grammar.agent(sentence, verb), "agent");
      return agent.isEmpty() ? implied.unnamedAgent(verb) : agent;
    }
    int subject = grammar.subject(sentence, verb);
    if (subject >= 0) {
      int antecedent = grammar.relativeAntecedent(sentence, verb, subject);
      return at(antecedent >= 0 ? antecedent : subject, "subj");
    }
    int inherited = grammar.inheritedSubject(sentence, verb);
    Filler filler = at(inherited, "subj");
    return filler.isEmpty()
        ? filler
        : new Filler(filler.actors(), "inherited-subj", filler.indirect());
  }

  private Filler preposition(String preposition, int trigger, boolean noun, int governor) {
    Filler own = prepositionDirect(preposition, trigger);
    if (!own.isEmpty()) {
      return own;
    }
    int object = noun ? -1 : Grammar.object(sentence, trigger);
    if (object >= 0) {
      Filler deep = prepositionBelow(preposition, object, 1);
      if (!deep.isEmpty()) {
        return deep;
      }
    }
    own = descend(preposition, trigger, 0);
    if (!own.isEmpty()) {
      // Found below another word ("protested against normalisation with Israel"): lent.
      return new Filler(own.actors(), own.slot(), true);
    }
    if (noun && governor >= 0) {
      for (Token child : sentence.children(governor)) {
        if (child.relation().startsWith("obl")
            && Grammar.hasCase(sentence, child.index(), preposition)) {
          Filler filler = at(child.index(), preposition);
          if (!filler.isEmpty()) {
            return filler;
          }
        }
      }
      // "a wave of air strikes on Gaza": the phrase's head carries the strikes' own modifier.
      int up = sentence.token(trigger).head();
      for (int hops = 0; hops < 2 && up >= 0 && up != governor; hops++) {
        Filler filler = prepositionDirect(preposition, up);
        if (!filler.isEmpty()) {
          return filler;
        }
        up = sentence.token(up).head();
      }
    }
    return Filler.EMPTY;
  }

  private Filler prepositionDirect(String preposition, int head) {
    // "called on Russia": the parser makes "on" a particle and Russia the object.
    int particle = Grammar.child(sentence, head, "compound:prt");
    if (particle >= 0 && sentence.token(particle).lemma().equals(preposition)) {
      Filler filler = at(Grammar.child(sentence, head, "obj"), preposition);
      if (!filler.isEmpty()) {
        return filler;
      }
    }
    for (Token child : sentence.children(head)) {
      String rel = child.relation();
      if ((rel.startsWith("obl") || rel.startsWith("nmod") || rel.equals("advcl"))
          && Grammar.hasCase(sentence, child.index(), preposition)) {
        Filler filler =
            preposition.equals("between") ? between(child.index()) : at(child.index(), preposition);
        if (!filler.isEmpty()) {
          return filler;
        }
      }
    }
    return Filler.EMPTY;
  }

  /**
   * A dependent of {@code head} introduced by {@code preposition}, searching down nominal chains.
   */
  private Filler prepositionBelow(String preposition, int head, int depth) {
    Filler own = prepositionDirect(preposition, head);
    return own.isEmpty() ? descend(preposition, head, depth) : own;
  }

  /** The search of {@link #prepositionBelow} in the nominal dependents of {@code head}. */
  private Filler descend(String preposition, int head, int depth) {
    if (depth >= 3) {
      return Filler.EMPTY;
    }
    for (Token child : sentence.children(head)) {
      String rel = child.relation();
      if (rel.startsWith("nmod")
          || rel.equals("acl")
          || rel.startsWith("obl")
          || rel.equals("advmod")) {
        Filler filler = prepositionBelow(preposition, child.index(), depth + 1);
        if (!filler.isEmpty()) {
          return filler;
        }
      }
    }
    return Filler.EMPTY;
  }

  private Filler between(int head) {
    List<ActorMention> sides = new ArrayList<>(actors.resolveHead(head));
    for (int conjunct : Grammar.conjuncts(sentence, head)) {
      sides.addAll(actors.resolveHead(conjunct));
    }
    return new Filler(SentenceActors.dedupe(sides), "between", false);
  }

  private Filler location(int trigger, boolean noun, int governor) {
    int[] hosts = {trigger, noun ? governor : Grammar.object(sentence, trigger)};
    for (int host : hosts) {
      if (host < 0) {
        continue;
      }
      for (Token child : sentence.children(host)) {
        String preposition = Grammar.preposition(sentence, child.index());
        if ((child.relation().startsWith("obl") || child.relation().startsWith("nmod"))
            && preposition != null
            && grammar.locative.contains(preposition)) {
          List<ActorMention> places = actors.resolveHead(child.index());
          if (!places.isEmpty() && places.get(0).code().country() != null) {
            ActorMention place = places.get(0);
            // A place stands for its country, not for the government seated there.
            ActorMention country =
                place.withCode(
                    org.khaldun.model.ActorCode.country(place.code().country()), place.name());
            return new Filler(List.of(country), "loc", false);
          }
        }
      }
    }
    return Filler.EMPTY;
  }

  /** The actors at a slot head and its conjuncts. */
  Filler at(int head, String slot) {
    if (head < 0) {
      return Filler.EMPTY;
    }
    List<ActorMention> found = new ArrayList<>();
    boolean indirect = false;
    List<Integer> heads = new ArrayList<>();
    heads.add(head);
    heads.addAll(Grammar.conjuncts(sentence, head));
    for (int h : heads) {
      List<ActorMention> direct = actors.get(h);
      if (direct != null) {
        found.addAll(direct);
      } else {
        List<ActorMention> lent = actors.lent(h);
        indirect |= !lent.isEmpty();
        found.addAll(lent);
      }
    }
    return new Filler(SentenceActors.dedupe(found), slot, indirect);
  }

  private Filler direct(int head, String slot) {
    if (head < 0 || !actors.has(head)) {
      return Filler.EMPTY;
    }
    return new Filler(actors.withConjuncts(head), slot, false);
  }
}
