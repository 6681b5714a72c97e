package org.khaldun.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.khaldun.model.Sentence;
import org.khaldun.model.Token;

/**
 * Reads how a draft's event is worded: the chain of complement-taking verbs above it ("agreed to",
 * "refused to", "threatened to", "denied"), modals ("will visit" is an intent), negation (not
 * coded, or a refusal for a negated intent), obligations, conditions and questions (not coded).
 * Stateless apart from its grammar; thread-safe.
 */
final class Wording {
  /** How far up a chain of complements the wording is read. */
  private static final int MAX_HOPS = 4;

  /**
   * What the wording makes of a draft.
   *
   * @param code the code after wrappers, negation and modality
   * @param intended whether an intent wrapper or modal made it an intent (dated as such)
   * @param possible whether only a modal of possibility ("could strike") words it
   * @param clause the top clause of the chain (where the event is reported)
   * @param wrappers the tokens of the wrapping verbs, whose own events this one replaces
   * @param levels the predicates from the event up to the top clause
   * @param notes what happened, for the explanation
   */
  record Reading(
      String code,
      boolean intended,
      boolean possible,
      int clause,
      Set<Integer> wrappers,
      List<Integer> levels,
      List<String> notes) {}

  private final PatternBook patterns;
  private final Grammar grammar;
  private final Transforms transforms;
  private final Derivation derivation;

  Wording(PatternBook patterns) {
    this.patterns = patterns;
    this.grammar = patterns.grammar();
    this.transforms = patterns.transforms();
    this.derivation = new Derivation(patterns);
  }

  /** The reading of {@code draft}, or null when the wording says it did not happen. */
  Reading read(Sentence sentence, Draft draft) {
    Pattern pattern = draft.pattern();
    int predicate = draft.predicate();
    if (topic(sentence, predicate)) {
      return null; // "pessimistic about concluding a deal": what is talked about, not done
    }
    List<String> notes = new ArrayList<>();
    String code = pattern.code();
    if (pattern.derive() != null) {
      code = derivation.code(sentence, draft);
      if (!code.equals(pattern.code())) {
        notes.add("derived: " + code);
      }
    }
    boolean negated =
        grammar.isNegated(sentence, predicate)
            || pattern.noun() && grammar.isNegated(sentence, draft.trigger());
    boolean modal = grammar.isModal(sentence, predicate);
    boolean conditional = Grammar.isConditional(sentence, predicate);
    boolean intended = false;
    boolean obliged = Grammar.hasAuxiliary(sentence, predicate, grammar.obligation);
    int current = predicate;
    Set<Integer> wrappers = new HashSet<>();
    List<Integer> levels = new ArrayList<>(List.of(predicate));
    // A noun under a complement-taking verb: "agreed to a ceasefire", "refused talks".
    WrapMode nounWrapper = pattern.noun() ? nounWrapper(sentence, draft) : null;
    for (int hops = 0; hops < MAX_HOPS; hops++) {
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
        boolean complement =
            rel.equals("xcomp")
                // "promised that it would", "threatened that it would"
                || rel.equals("ccomp") && (mode == WrapMode.INTENT || mode == WrapMode.THREATEN)
                // "promised ECOWAS it would hold elections", parsed as a clause beside the verb
                || rel.equals("parataxis")
                    && current > governorIndex
                    && (mode == WrapMode.INTENT || mode == WrapMode.THREATEN)
                // "committed to resolving the conflict"
                || rel.equals("advcl") && mode != null && hasMark(sentence, current, "to");
        boolean nonAsserting =
            (rel.equals("ccomp") || rel.equals("advcl") || rel.equals("acl"))
                && (mode == WrapMode.DENY || mode == WrapMode.NEGATE);
        if (!complement && !nonAsserting) {
          if (rel.equals("acl") && hasInfinitiveMark(sentence, current)) {
            return null; // "demands to release prisoners": described, not reported as done
          }
          Token head = sentence.token(governorIndex);
          if ((rel.equals("acl") || rel.equals("ccomp"))
              && head.isNoun()
              && grammar.reportNoun.contains(head.lemma())) {
            return null; // "reports that Iran had seized a tanker": told, not asserted
          }
          break;
        }
        if (mode == null) {
          return null; // "urged France to help": the complement of a plain verb did not happen
        }
      }
      Token governor = sentence.token(governorIndex);
      wrappers.add(governorIndex);
      levels.add(governorIndex);
      notes.add(mode.name().toLowerCase(Locale.ROOT) + " by '" + governor.text() + "'");
      switch (mode) {
        case NEGATE -> {
          return null;
        }
        case DENY -> code = "016";
        case CONSIDER -> code = "014";
        case ATTEMPT -> code = transforms.apply(WrapMode.ATTEMPT, code);
        case HALT -> {
          code = transforms.apply(WrapMode.HALT, code);
          if (code == null) {
            return null; // "stopped short of": nothing CAMEO codes as a halt
          }
        }
        case APPEAL, DEMAND -> {
          return null; // an appeal's own pattern codes it; what is asked for did not happen
        }
        case REJECT -> code = transforms.reject(code);
        case THREATEN -> code = transforms.threaten(code);
        case INTENT -> {
          intended = true;
          if (!pattern.has(Pattern.Flag.KEEP)) {
            code = transforms.intent(code);
          }
        }
        case SAME -> {}
        default -> throw new IllegalStateException("unhandled wrap mode " + mode);
      }
      negated |= grammar.isNegated(sentence, governorIndex);
      modal |= grammar.isModal(sentence, governorIndex);
      conditional |= Grammar.isConditional(sentence, governorIndex);
      obliged |= Grammar.hasAuxiliary(sentence, governorIndex, grammar.obligation);
      current = governorIndex;
    }
    if (obliged) {
      return null; // "the US must mediate": an obligation, not an event
    }
    if (conditional || Grammar.isQuestion(sentence, current)) {
      return null;
    }
    if (ClauseStatus.isCounterfactual(sentence, predicate)
        || ClauseStatus.isBackgroundRelative(sentence, predicate)) {
      return null;
    }
    if (negated) {
      if ((modal || intended) && Transforms.cooperative(pattern.code())) {
        code = transforms.reject(pattern.code());
        notes.add("negated intent: refusal");
      } else {
        return null;
      }
    } else if (modal && !pattern.has(Pattern.Flag.KEEP)) {
      code = transforms.intent(code);
      notes.add("modal: intent");
    }
    boolean possible = grammar.isPossible(sentence, predicate) && !intended;
    return new Reading(code, intended || modal, possible, current, wrappers, levels, notes);
  }

  /**
   * The wrapping a noun's verb does to it. "agreed to a ceasefire" and "refused talks" wrap;
   * "committed atrocities" does not, although "committed to talks" does: an intent verb wraps an
   * object only if it is one that takes its intent as an object ("offered aid").
   */
  private WrapMode nounWrapper(Sentence sentence, Draft draft) {
    if (draft.governor() < 0) {
      return null;
    }
    Token verb = sentence.token(draft.governor());
    WrapMode mode = patterns.wrapper(verb.lemma());
    if (mode != WrapMode.INTENT) {
      return mode;
    }
    Token noun = sentence.token(draft.trigger());
    boolean to = noun.relation().startsWith("obl") && Grammar.hasCase(sentence, noun.index(), "to");
    return to || grammar.intentObject.contains(verb.lemma()) ? mode : null;
  }

  /** A gerund clause introduced by a topical preposition: "about reaching", "over joining". */
  private boolean topic(Sentence sentence, int predicate) {
    Token token = sentence.token(predicate);
    String rel = token.relation();
    if (!token.pos().equals("VBG")
        || !(rel.startsWith("obl") || rel.equals("advcl") || rel.equals("acl"))) {
      return false;
    }
    for (Token child : sentence.children(predicate)) {
      if ((child.relation().equals("mark") || child.relation().equals("case"))
          && grammar.topical.contains(child.lemma())) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasInfinitiveMark(Sentence sentence, int index) {
    return hasMark(sentence, index, "to");
  }

  private static boolean hasMark(Sentence sentence, int index, String word) {
    for (Token child : sentence.children(index)) {
      if (child.relation().equals("mark") && child.lemma().equals(word)) {
        return true;
      }
    }
    return false;
  }
}
