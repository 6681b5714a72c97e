package org.khaldun.coding;

import java.util.List;
import org.khaldun.model.Sentence;
import org.khaldun.model.Token;

/**
 * The code of an appeal, demand, rejection, intent or threat, derived from the lexicon's code for
 * the event it is about: "urged Israel to release the hostages" is an appeal to yield (025) because
 * "release" codes 084; "rejected a request for missiles" is 122 because "missile" aid codes 072.
 * The event is looked for in the trigger's complement clause, then its object noun (and what that
 * noun is for, of or to), then its for-phrase. Stateless apart from its pattern book; thread-safe.
 */
final class Derivation {
  private static final String[] NOUN_COMPLEMENTS = {"for", "of", "to", "on"};
  private static final int MAX_DEPTH = 2;

  private final PatternBook patterns;
  private final Grammar grammar;
  private final Transforms transforms;

  Derivation(PatternBook patterns) {
    this.patterns = patterns;
    this.grammar = patterns.grammar();
    this.transforms = patterns.transforms();
  }

  /** The derived code for {@code draft}, or its pattern's own code when nothing is found. */
  String code(Sentence sentence, Draft draft) {
    Pattern pattern = draft.pattern();
    String about = about(sentence, draft.trigger(), pattern.noun(), 0);
    if (about == null) {
      return pattern.code();
    }
    String derived = transforms.apply(pattern.derive(), about);
    return derived == null ? pattern.code() : derived;
  }

  private String about(Sentence s, int trigger, boolean noun, int depth) {
    if (depth > MAX_DEPTH) {
      return null;
    }
    for (Token child : s.children(trigger)) {
      String rel = child.relation();
      if (rel.equals("xcomp") || rel.equals("ccomp") || noun && rel.equals("acl")) {
        String code = clause(s, child.index(), depth);
        if (code != null) {
          return code;
        }
      }
    }
    int object = noun ? -1 : Grammar.object(s, trigger);
    if (object >= 0) {
      String code = nominal(s, object, depth);
      if (code != null) {
        return code;
      }
    }
    if (noun) {
      String code = nounComplements(s, trigger, depth);
      if (code != null) {
        return code;
      }
    }
    for (Token child : s.children(trigger)) {
      if (child.relation().startsWith("obl") && Grammar.hasCase(s, child.index(), "for")) {
        String code = nominal(s, child.index(), depth);
        if (code != null) {
          return code;
        }
      }
    }
    return null;
  }

  /** The code of a complement clause: its verb's, or, for a wrapper verb, of its own complement. */
  private String clause(Sentence s, int verb, int depth) {
    Token token = s.token(verb);
    String code = best(s, token, patterns.verbPatterns(token.lemma()));
    if (code != null) {
      return code;
    }
    if (patterns.wrapper(token.lemma()) != null) {
      code = about(s, verb, false, depth + 1);
      if (code != null) {
        return code;
      }
    }
    int object = Grammar.object(s, verb);
    return object >= 0 && grammar.isSupport(s, verb) ? nominal(s, object, depth) : null;
  }

  /** The code of an event noun ("the release of"), else of what it is for ("a request for aid"). */
  private String nominal(Sentence s, int noun, int depth) {
    Token token = s.token(noun);
    if (!token.isNoun()) {
      return null;
    }
    if (grammar.contentNoun.contains(token.lemma())) {
      // "a request for missiles", "an offer of talks": what is requested or offered.
      String content = nounComplements(s, noun, depth);
      if (content != null) {
        return content;
      }
    }
    String code = best(s, token, patterns.nounPatterns(token.lemma()));
    return code != null ? code : nounComplements(s, noun, depth);
  }

  private String nounComplements(Sentence s, int noun, int depth) {
    for (String preposition : NOUN_COMPLEMENTS) {
      for (Token child : s.children(noun)) {
        if (child.relation().startsWith("nmod") && Grammar.hasCase(s, child.index(), preposition)) {
          Token token = s.token(child.index());
          String code = best(s, token, patterns.nounPatterns(token.lemma()));
          if (code != null) {
            return code;
          }
        }
      }
    }
    for (Token child : s.children(noun)) {
      if (child.relation().equals("acl") && child.isVerb()) {
        String code = clause(s, child.index(), depth + 1);
        if (code != null) {
          return code;
        }
      }
    }
    return null;
  }

  /**
   * The code of the most specific pattern (the longest noun, else the first) whose word and object
   * match at {@code token}; where and under which verb it stands do not matter ("asked for
   * humanitarian assistance").
   */
  private String best(Sentence s, Token token, List<Pattern> candidates) {
    String code = null;
    int longest = 0;
    for (Pattern pattern : candidates) {
      if (pattern.derive() == null && TriggerMatcher.wordMatches(grammar, s, pattern, token)) {
        // "joint military operations" is cooperation (062), although "operation" alone attacks
        int words = longestWord(s, token, pattern);
        if (words > longest) {
          code = pattern.code();
          longest = words;
        }
      }
    }
    return code;
  }

  /** How many words the longest of the pattern's nouns matching {@code token} has (1 for verbs). */
  private static int longestWord(Sentence s, Token token, Pattern pattern) {
    if (!pattern.noun()) {
      return 1;
    }
    int longest = 1;
    for (String word : pattern.triggers()) {
      if (TriggerMatcher.nounMatches(s, token, word)) {
        longest = Math.max(longest, word.split("-").length);
      }
    }
    return longest;
  }
}
