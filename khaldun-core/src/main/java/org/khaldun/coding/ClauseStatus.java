package org.khaldun.coding;

import org.khaldun.model.Sentence;
import org.khaldun.model.Token;

/**
 * Clauses that tell of something that is not news: what would have happened, and what a named actor
 * habitually does, told in passing. Stateless.
 */
final class ClauseStatus {
  private ClauseStatus() {}

  /** "would have condemned", "could have stopped": what did not happen. */
  static boolean isCounterfactual(Sentence s, int index) {
    boolean modal = false;
    boolean perfect = false;
    for (Token child : s.children(index)) {
      if (child.relation().equals("aux")) {
        modal |= child.pos().equals("MD") && !child.lemma().equals("will");
        perfect |= child.lemma().equals("have") && child.pos().equals("VB");
      }
    }
    return modal && perfect;
  }

  /**
   * "The United States, which carries out air strikes against the militants, offered condolences":
   * a clause on a named actor that says what it does habitually or has been doing is background,
   * not news.
   */
  static boolean isBackgroundRelative(Sentence s, int index) {
    Token verb = s.token(index);
    if (!verb.relation().equals("acl:relcl") || verb.head() < 0) {
      return false;
    }
    Token named = s.token(verb.head());
    if (!named.isProperNoun()) {
      return false;
    }
    if (verb.pos().equals("VBZ") || verb.pos().equals("VBP")) {
      return true;
    }
    // "which has been holding peace talks"
    if (verb.pos().equals("VBG")) {
      for (Token child : s.children(index)) {
        if (child.relation().equals("aux") && child.lemma().equals("have")) {
          return true;
        }
      }
    }
    return false;
  }
}
