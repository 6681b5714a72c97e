package org.khaldun.coding;

import java.util.Set;
import org.khaldun.model.Sentence;
import org.khaldun.model.Token;

/**
 * Checks a pattern's trigger, object, governor and complement conditions at one token. Stateless.
 */
final class TriggerMatcher {
  private TriggerMatcher() {}

  /** The governing verb of a noun trigger ("launched air attacks"), or -1 when it has none. */
  static int governor(Sentence s, int noun) {
    int current = noun;
    for (int hops = 0; hops < 3; hops++) {
      Token token = s.token(current);
      int parent = token.head();
      String rel = token.relation();
      if (parent < 0
          || rel.startsWith("nsubj") && !rel.equals("nsubj:pass")
          || rel.equals("appos")
          || rel.equals("root")) {
        return -1;
      }
      Token up = s.token(parent);
      if (up.isVerb() || up.pos().startsWith("JJ") && Grammar.child(s, parent, "cop") >= 0) {
        return parent;
      }
      // "launched a wave of air strikes", but not "held talks on the protests".
      boolean of = rel.startsWith("nmod") && Grammar.hasCase(s, current, "of");
      if (!(of || rel.equals("conj") || rel.equals("compound"))) {
        return -1;
      }
      current = parent;
    }
    return -1;
  }

  /**
   * Whether a noun is only what its verb is about ("held consultations on the protests"), so the
   * verb does not carry it out.
   */
  private static boolean topical(Sentence s, int noun) {
    Token token = s.token(noun);
    if (!token.relation().startsWith("obl") && !token.relation().startsWith("nmod")) {
      return false;
    }
    String preposition = Grammar.preposition(s, noun);
    // Only beside the verb's own object: "held talks on the protests", not "remained on alert".
    return preposition != null
        && TOPICAL.contains(preposition)
        && token.head() >= 0
        && Grammar.child(s, token.head(), "obj") >= 0
        && Grammar.child(s, token.head(), "obj") != noun;
  }

  private static final Set<String> TOPICAL =
      Set.of(
          "on",
          "about",
          "over",
          "regarding",
          "concerning",
          "after",
          "before",
          "amid",
          "despite",
          "for",
          "following");

  /** Whether {@code token} realises the trigger word {@code word} of a verb pattern. */
  static boolean verbMatches(Sentence s, Token token, String word) {
    return verbMatches(s, token, word, null);
  }

  /**
   * As {@link #verbMatches(Sentence, Token, String)}; a verb whose particle is a preposition that
   * {@code pattern} names in its slots also matches the plain word, because the parser takes the
   * preposition of "called on Russia" for a particle.
   */
  static boolean verbMatches(Sentence s, Token token, String word, Pattern pattern) {
    int underscore = word.indexOf('_');
    if (underscore < 0) {
      if (!token.lemma().equals(word)) {
        return false;
      }
      // "call" is not "call off": a verb with a particle only matches patterns naming it.
      int particle = Grammar.child(s, token.index(), "compound:prt");
      return particle < 0
          || pattern != null && pattern.prepositions().contains(s.token(particle).lemma());
    }
    if (!token.lemma().equals(word.substring(0, underscore))) {
      return false;
    }
    String particle = word.substring(underscore + 1);
    for (Token child : s.children(token.index())) {
      String rel = child.relation();
      if ((rel.equals("compound:prt") || rel.equals("advmod") || rel.equals("obj"))
          && child.lemma().equals(particle)) {
        return true;
      }
      if ((rel.startsWith("obl") || rel.equals("obj"))
          && Grammar.hasCase(s, child.index(), particle)) {
        return true;
      }
    }
    int next = token.index() + 1;
    return next < s.size() && s.token(next).lemma().equals(particle) && !s.token(next).isNoun();
  }

  /**
   * Whether a noun realises {@code word}: a lemma, {@code modifier-head}, or {@code head-of-noun}.
   */
  static boolean nounMatches(Sentence s, Token token, String word) {
    if (token.lemma().equals(word)) {
      return true;
    }
    if (word.indexOf('-') <= 0 || word.endsWith("-")) {
      return false;
    }
    if (token.lemma().equals(word.replace("-", ""))) {
      return true;
    }
    String[] parts = word.split("-");
    if (parts.length == 3 && parts[1].equals("of")) {
      if (!token.lemma().equals(parts[0])) {
        return false;
      }
      for (Token child : s.children(token.index())) {
        if (child.relation().startsWith("nmod") && child.lemma().equals(parts[2])) {
          return true;
        }
      }
      return false;
    }
    if (!token.lemma().equals(parts[parts.length - 1])) {
      return false;
    }
    for (Token child : s.children(token.index())) {
      String rel = child.relation();
      if ((rel.startsWith("compound") || rel.equals("amod")) && child.lemma().equals(parts[0])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code token} realises the pattern's trigger word with the conditions on what it
   * governs (object, complement, prepositions): what an event word means wherever it stands, as
   * appeals and demands read what they ask for.
   */
  static boolean wordMatches(Grammar grammar, Sentence s, Pattern pattern, Token token) {
    boolean wordOk = false;
    for (String word : pattern.triggers()) {
      if (pattern.noun() ? nounMatches(s, token, word) : verbMatches(s, token, word, pattern)) {
        wordOk = true;
        break;
      }
    }
    if (!wordOk
        || !pattern.objects().isEmpty()
            && !pattern.noun()
            && !objectMatches(s, pattern.objects(), Grammar.object(s, token.index()))
        || !pattern.complements().isEmpty()
            && !complementMatches(s, pattern.complements(), token.index(), pattern.noun())) {
      return false;
    }
    for (Pattern.Prep prep : pattern.preps()) {
      if (!prepMatches(s, prep, token.index())) {
        return false;
      }
    }
    if (!pattern.subjects().isEmpty()
        && !pattern.noun()
        && !subjectMatches(grammar, s, pattern.subjects(), token.index())) {
      return false;
    }
    return pattern.has() == null || hasBelow(s, token.index(), pattern.has(), 2);
  }

  /** The conditions of {@code pattern} at {@code trigger}; {@code governor} for nouns (or -1). */
  static boolean matches(
      Grammar grammar, Sentence s, Pattern pattern, Token trigger, int governor) {
    boolean wordOk = false;
    for (String word : pattern.triggers()) {
      if (pattern.noun() ? nounMatches(s, trigger, word) : verbMatches(s, trigger, word, pattern)) {
        wordOk = true;
        break;
      }
    }
    if (!wordOk) {
      return false;
    }
    if (!pattern.objects().isEmpty()
        && !pattern.noun()
        && !objectMatches(s, pattern.objects(), Grammar.object(s, trigger.index()))) {
      return false;
    }
    if (!pattern.governors().isEmpty()) {
      if (governor < 0 || topical(s, trigger.index())) {
        return false;
      }
      boolean govOk = false;
      for (String word : pattern.governors()) {
        if (verbMatches(s, s.token(governor), word)) {
          govOk = true;
          break;
        }
      }
      if (!govOk) {
        return false;
      }
    }
    if (!pattern.complements().isEmpty()
        && !complementMatches(s, pattern.complements(), trigger.index(), pattern.noun())) {
      return false;
    }
    if (!pattern.subjects().isEmpty()
        && !subjectMatches(
            grammar, s, pattern.subjects(), pattern.noun() ? governor : trigger.index())) {
      return false;
    }
    for (Pattern.Prep prep : pattern.preps()) {
      if (!prepMatches(s, prep, trigger.index())
          && !(governor >= 0 && prepMatches(s, prep, governor))) {
        return false;
      }
    }
    return pattern.has() == null
        || hasBelow(s, trigger.index(), pattern.has(), 2)
        || governor >= 0 && hasBelow(s, governor, pattern.has(), 2);
  }

  /** The subject's head noun, or a noun or adjective modifying it, is one of {@code words}. */
  private static boolean subjectMatches(Grammar grammar, Sentence s, Set<String> words, int verb) {
    if (verb < 0) {
      return false;
    }
    int subject = grammar.subject(s, verb);
    if (subject < 0) {
      subject = Grammar.agent(s, verb);
    }
    if (subject < 0) {
      return false;
    }
    if (matchesAny(s, words, subject)) {
      return true;
    }
    for (Token child : s.children(subject)) {
      String rel = child.relation();
      if ((rel.startsWith("compound") || rel.equals("amod")) && words.contains(child.lemma())) {
        return true;
      }
    }
    return false;
  }

  /** A dependent of {@code head} introduced by the preposition whose noun is one of the words. */
  private static boolean prepMatches(Sentence s, Pattern.Prep prep, int head) {
    for (Token child : s.children(head)) {
      String rel = child.relation();
      if ((rel.startsWith("obl") || rel.startsWith("nmod") || rel.equals("advcl"))
          && Grammar.hasCase(s, child.index(), prep.preposition())
          && (prep.words().contains("*") || matchesAny(s, prep.words(), child.index()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean objectMatches(Sentence s, Set<String> objects, int object) {
    if (objects.contains("-")) {
      return object < 0 || objects.size() > 1 && matchesAny(s, objects, object);
    }
    if (object < 0) {
      return false;
    }
    return objects.contains("*") || matchesAny(s, objects, object);
  }

  private static boolean matchesAny(Sentence s, Set<String> words, int index) {
    Token token = s.token(index);
    for (String word : words) {
      if (nounMatches(s, token, word)) {
        return true;
      }
    }
    // "Iran's Quds Force commander Qasem Soleimani": a name's title.
    if (token.isProperNoun()) {
      for (Token child : s.children(index)) {
        if (child.relation().startsWith("compound") && !child.isProperNoun()) {
          for (String word : words) {
            if (nounMatches(s, child, word)) {
              return true;
            }
          }
        }
      }
    }
    // "thousands of police officers", "20 trucks of food": the measured noun.
    if (MEASURES.contains(token.lemma())) {
      for (Token child : s.children(index)) {
        if (child.relation().startsWith("nmod") && Grammar.hasCase(s, child.index(), "of")) {
          return matchesAny(s, words, child.index());
        }
      }
    }
    return false;
  }

  private static boolean oneOf(String words, String lemma) {
    if (words.indexOf('|') < 0) {
      return words.equals(lemma);
    }
    for (String word : words.split("\\|")) {
      if (word.equals(lemma)) {
        return true;
      }
    }
    return false;
  }

  /** Nouns that measure or contain what their of-phrase names. */
  private static final Set<String> MEASURES =
      Set.of(
          "thousand",
          "hundred",
          "dozen",
          "million",
          "number",
          "group",
          "batch",
          "truck",
          "truckload",
          "shipment",
          "consignment",
          "load",
          "planeload",
          "tonne",
          "ton",
          "kilogram",
          "kg",
          "package",
          "wave",
          "series",
          "round",
          "contingent",
          "convoy",
          "unit",
          "lot",
          "quantity",
          "supply",
          "boatload",
          "crate",
          "container",
          "plane",
          "flight",
          "team");

  private static boolean complementMatches(
      Sentence s, Set<String> complements, int trigger, boolean noun) {
    if (complements.contains("-")) {
      for (Token child : s.children(trigger)) {
        String rel = child.relation();
        if (rel.equals("ccomp")
            || rel.equals("xcomp")
            || rel.equals("obj") && Grammar.child(s, trigger, "obj") != child.index()) {
          return false;
        }
      }
      return true;
    }
    for (Token child : s.children(trigger)) {
      String rel = child.relation();
      if (!(rel.equals("ccomp") || rel.equals("xcomp") || noun && rel.equals("acl"))) {
        continue;
      }
      if (complements.contains("*") || complements.contains(child.lemma())) {
        return true;
      }
      for (Token aux : s.children(child.index())) {
        if (aux.relation().startsWith("aux") && complements.contains(aux.lemma())) {
          return true;
        }
        // A noun complement by its modifier: "called Israel a terrorist state".
        if (child.isNoun()
            && (aux.relation().equals("amod") || aux.relation().equals("compound"))
            && complements.contains(aux.lemma())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether one of the |-separated words depends on {@code head}, at most {@code depth} down. */
  private static boolean hasBelow(Sentence s, int head, String words, int depth) {
    for (Token child : s.children(head)) {
      if (oneOf(words, child.lemma())
          || depth > 1 && hasBelow(s, child.index(), words, depth - 1)) {
        return true;
      }
    }
    return false;
  }
}
