package org.khaldun.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.khaldun.model.Sentence;
import org.khaldun.model.Token;

/**
 * Undoes two misreadings of the parser. One hides a verb's object: "condemned the U.S. strikes on
 * Yemen" parsed as a clause "the U.S. strikes", with "U.S." its subject. The tagger knows "strikes"
 * is a noun; a complement clause headed by a common noun, with no auxiliary, copula or marker of
 * its own, under a verb with no object, is read back as the object, and its preceding subject as
 * the noun's modifier. The other hangs a noun's infinitive on the verb: in "rejected a French call
 * to halt the offensive" the parser makes "to halt" the rejecter's own complement, so the sentence
 * reads as a refusal to halt; after an object noun that takes an infinitive (the grammar's class
 * infinitive-noun), the infinitive is moved under the noun. Stateless.
 */
final class ParseRepair {
  private static final Set<String> CLAUSE_MARKERS =
      Set.of("aux", "aux:pass", "cop", "mark", "nsubj:pass", "obj", "expl");

  private static final Set<String> BARE_NAME =
      Set.of("compound", "flat", "cc", "punct", "det", "amod");

  private static final int MAX_PASSES = 8;

  private ParseRepair() {}

  /** The sentence with its misread noun clauses repaired, or the sentence itself. */
  static Sentence repair(Sentence sentence, Grammar grammar) {
    // A list of stranded names is rejoined one name a pass: "to Iran, Libya and Sudan".
    Sentence current = sentence;
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      Sentence repaired = repairOnce(current, grammar);
      if (repaired == current) {
        break;
      }
      current = repaired;
    }
    return current;
  }

  private static Sentence repairOnce(Sentence sentence, Grammar grammar) {
    Edits tokens = new Edits(sentence);
    for (Token token : sentence.tokens()) {
      int noun = infinitiveOwner(sentence, token, grammar);
      if (noun >= 0) {
        tokens.set(token.index(), reattach(token, noun, "acl"));
        continue;
      }
      if (namingVerb(sentence, token, grammar)) {
        int object = Grammar.object(sentence, token.index());
        int name = strandedName(sentence, object);
        if (name >= 0) {
          // "called the decision 'extremely dangerous'": the name hangs on the object.
          tokens.set(name, reattach(sentence.token(name), token.index(), "xcomp"));
          continue;
        }
        int named = quotedCompound(sentence, object);
        if (named >= 0) {
          // "called the rebellion 'treason'": the quoted word is the name, the compound the object.
          tokens.set(named, reattach(sentence.token(named), token.index(), "obj"));
          tokens.set(object, reattach(sentence.token(object), token.index(), "xcomp"));
          for (Token child : sentence.children(object)) {
            if (child.relation().equals("det") && child.index() < named) {
              tokens.set(child.index(), reattach(child, named, "det"));
            }
          }
          continue;
        }
      }
      int conjunct = strandedConjunct(sentence, token);
      if (conjunct >= 0) {
        // "his call on the United States and Germany": Germany joins the States, not the call.
        tokens.set(token.index(), reattach(token, conjunct, "conj"));
        continue;
      }
      noun = infinitiveSubject(sentence, token, grammar);
      if (noun >= 0) {
        // "rejected North Korea's demand to sever ..." read as "rejected [demand (to) sever]".
        tokens.set(noun, reattach(sentence.token(noun), token.head(), "obj"));
        tokens.set(token.index(), reattach(token, noun, "acl"));
        for (Token child : sentence.children(token.index())) {
          if (child.lemma().equals("to") && child.index() < token.index()) {
            tokens.set(child.index(), relabel(child, "mark"));
          }
        }
        continue;
      }
      if (!misreadNounClause(sentence, token)) {
        continue;
      }
      tokens.set(token.index(), relabel(token, "obj"));
      for (Token child : sentence.children(token.index())) {
        if (child.relation().equals("nsubj") && child.index() < token.index()) {
          tokens.set(child.index(), relabel(child, child.isProperNoun() ? "compound" : "amod"));
        }
      }
    }
    return tokens.result();
  }

  /** The tokens of a sentence, copied on the first change. */
  private static final class Edits {
    private final Sentence sentence;
    private List<Token> tokens;

    Edits(Sentence sentence) {
      this.sentence = sentence;
    }

    void set(int index, Token token) {
      if (tokens == null) {
        tokens = new ArrayList<>(sentence.tokens());
      }
      tokens.set(index, token);
    }

    Sentence result() {
      return tokens == null
          ? sentence
          : new Sentence(
              sentence.index(), sentence.begin(), sentence.end(), tokens, sentence.times());
    }
  }

  /**
   * The object noun a verb's to-infinitive belongs to, or -1: "rejected a call to halt", not "urged
   * Israel to halt" (an object-control verb's object does the infinitive's act).
   */
  private static int infinitiveOwner(Sentence sentence, Token token, Grammar grammar) {
    if (!token.relation().equals("xcomp")
        || !token.isVerb()
        || token.head() < 0
        || grammar.objectControl.contains(sentence.token(token.head()).lemma())
        || !hasInfinitiveMarker(sentence, token)) {
      return -1;
    }
    int object = Grammar.object(sentence, token.head());
    if (object < 0 || object > token.index()) {
      return -1;
    }
    Token noun = sentence.token(object);
    boolean common = noun.pos().equals("NN") || noun.pos().equals("NNS");
    return common && grammar.infinitiveNoun.contains(noun.lemma()) ? object : -1;
  }

  /**
   * The infinitive-taking noun a parser made the subject of a verb's complement clause "to V", or
   * -1: the clause has "to" before it and no auxiliary, and the verb above has no object.
   */
  private static int infinitiveSubject(Sentence sentence, Token token, Grammar grammar) {
    if (!token.relation().equals("ccomp")
        || !token.pos().equals("VB")
        || token.head() < 0
        || !sentence.token(token.head()).isVerb()
        || Grammar.object(sentence, token.head()) >= 0) {
      return -1;
    }
    int subject = -1;
    boolean to = false;
    for (Token child : sentence.children(token.index())) {
      String rel = child.relation();
      if (rel.equals("nsubj")) {
        subject = child.index();
      } else if (child.lemma().equals("to") && child.index() < token.index()) {
        to = true;
      } else if (rel.startsWith("aux") || rel.equals("cop")) {
        return -1;
      }
    }
    if (subject < 0 || !to) {
      return -1;
    }
    Token noun = sentence.token(subject);
    boolean common = noun.pos().equals("NN") || noun.pos().equals("NNS");
    return common && grammar.infinitiveNoun.contains(noun.lemma()) ? subject : -1;
  }

  /**
   * The name a proper-noun conjunct belongs with when the parser joined it to the common noun above
   * that name instead, or -1: "a call on [the United States] and Germany", with nothing but "and",
   * "or" or commas between the two names.
   */
  private static int strandedConjunct(Sentence sentence, Token token) {
    if (!token.relation().equals("conj") || !token.isProperNoun() || token.head() < 0) {
      return -1;
    }
    Token head = sentence.token(token.head());
    if (!head.isNoun()) {
      return -1;
    }
    for (Token child : sentence.children(token.index())) {
      if (!BARE_NAME.contains(child.relation())) {
        return -1; // "the Prime Minister of Israel and the King of Jordan" is two phrases
      }
    }
    int start = firstOf(sentence, token.index());
    for (Token sibling : sentence.children(head.index())) {
      if (sibling.relation().startsWith("nmod")
          && !sibling.relation().equals("nmod:poss")
          && sibling.isProperNoun()
          && sibling.index() < token.index()
          && onlyJoinersBetween(sentence, endOf(sentence, sibling.index()), start)) {
        return sibling.index();
      }
    }
    return -1;
  }

  private static boolean onlyJoinersBetween(Sentence sentence, int after, int before) {
    if (after >= before) {
      return false;
    }
    for (int i = after + 1; i < before; i++) {
      String word = sentence.token(i).lemma();
      if (!word.equals("and") && !word.equals("or") && !word.equals(",")) {
        return false;
      }
    }
    return true;
  }

  /** The first token of the phrase {@code head} heads, its own conjuncts left out. */
  private static int firstOf(Sentence sentence, int head) {
    int first = head;
    for (Token child : sentence.children(head)) {
      if (!child.relation().equals("conj")
          && !child.relation().equals("cc")
          && !child.relation().equals("punct")) {
        first = Math.min(first, firstOf(sentence, child.index()));
      }
    }
    return first;
  }

  /** The last token of the phrase {@code head} heads, with the conjuncts already joined to it. */
  private static int endOf(Sentence sentence, int head) {
    int last = head;
    for (Token child : sentence.children(head)) {
      if (!child.relation().equals("punct")) {
        last = Math.max(last, endOf(sentence, child.index()));
      }
    }
    return last;
  }

  private static boolean namingVerb(Sentence sentence, Token token, Grammar grammar) {
    int object = Grammar.object(sentence, token.index());
    // "strikes on what it called terrorist infrastructure": a free relative distances, not names.
    return token.isVerb()
        && grammar.naming.contains(token.lemma())
        && Grammar.child(sentence, token.index(), "xcomp") < 0
        && object >= 0
        && !sentence.token(object).pos().startsWith("W");
  }

  /**
   * A predicate word the parser hung on the object after it ("the decision [dep] dangerous") or on
   * the verb as a bare noun phrase ("called the strikes [obl:npmod] a violation").
   */
  private static int strandedName(Sentence sentence, int object) {
    int verb = sentence.token(object).head();
    for (int host : new int[] {object, verb}) {
      for (Token child : sentence.children(host)) {
        boolean predicate = child.pos().startsWith("JJ") || child.isNoun() && !child.isProperNoun();
        String rel = child.relation();
        boolean stranded =
            host == object
                ? rel.equals("dep")
                : rel.equals("obl:npmod") || rel.equals("obj") || rel.equals("iobj");
        if (stranded && child.index() > object && predicate) {
          return child.index();
        }
      }
    }
    return -1;
  }

  /** The real object when the parser made a quoted name the object ("the rebellion 'treason'"). */
  private static int quotedCompound(Sentence sentence, int object) {
    if (object < 0) {
      return -1;
    }
    for (Token child : sentence.children(object)) {
      if (child.relation().equals("compound") && child.index() < object) {
        for (int i = child.index() + 1; i < object; i++) {
          String pos = sentence.token(i).pos();
          if (pos.equals("``") || pos.equals("''") || sentence.token(i).text().equals("\"")) {
            return child.index();
          }
        }
      }
    }
    return -1;
  }

  private static boolean hasInfinitiveMarker(Sentence sentence, Token verb) {
    for (Token child : sentence.children(verb.index())) {
      if (child.relation().equals("mark") && child.lemma().equals("to")) {
        return true;
      }
    }
    return false;
  }

  private static boolean misreadNounClause(Sentence sentence, Token token) {
    if (!token.relation().equals("ccomp")
        || !(token.pos().equals("NN") || token.pos().equals("NNS"))
        || token.head() < 0
        || !sentence.token(token.head()).isVerb()
        || Grammar.object(sentence, token.head()) >= 0) {
      return false;
    }
    for (Token child : sentence.children(token.index())) {
      if (CLAUSE_MARKERS.contains(child.relation())) {
        return false;
      }
    }
    return true;
  }

  private static Token reattach(Token token, int head, String relation) {
    return new Token(
        token.index(),
        token.text(),
        token.lemma(),
        token.pos(),
        token.ner(),
        token.begin(),
        token.end(),
        head,
        relation);
  }

  private static Token relabel(Token token, String relation) {
    return reattach(token, token.head(), relation);
  }
}
