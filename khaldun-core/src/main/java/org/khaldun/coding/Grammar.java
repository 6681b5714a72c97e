package org.khaldun.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.khaldun.model.Sentence;
import org.khaldun.model.Token;

/**
 * Questions the coder asks of a dependency tree. The closed word lists it reads (speech verbs,
 * modals, negations, ...) are the classes of the grammar files, so users can change them. Immutable
 * and thread-safe.
 */
final class Grammar {
  /** The classes grammar.txt must define, with what the coder reads them for. */
  static final java.util.Map<String, String> REQUIRED_CLASSES =
      java.util.Map.ofEntries(
          java.util.Map.entry("speech", "verbs that report speech"),
          java.util.Map.entry("object-control", "verbs whose object controls their complement"),
          java.util.Map.entry("negation", "words that negate a clause"),
          java.util.Map.entry("modal", "auxiliaries of future or possibility"),
          java.util.Map.entry("obligation", "auxiliaries of obligation"),
          java.util.Map.entry("relative", "relative pronouns"),
          java.util.Map.entry("locative", "prepositions of place"),
          java.util.Map.entry("circumstantial", "prepositions of circumstance"),
          java.util.Map.entry("back-reference", "nouns that refer back to an event"),
          java.util.Map.entry("phone-cue", "words that make a consultation a call"),
          java.util.Map.entry("intent-object", "intent verbs whose object is the intended event"),
          java.util.Map.entry("discard", "words that mark a sentence as not political (sport)"),
          java.util.Map.entry("antecedent-act", "nouns that refer back to any reported act"),
          java.util.Map.entry("content-noun", "nouns whose complement says what they ask or offer"),
          java.util.Map.entry("report-noun", "nouns whose clause reports, not asserts, an event"),
          java.util.Map.entry("infinitive-noun", "nouns that take a to-infinitive of their own"),
          java.util.Map.entry("naming", "verbs that name their object something"),
          java.util.Map.entry("modal-possibility", "modals of possibility, not intent"),
          java.util.Map.entry("topical", "prepositions that make a gerund clause a topic"));

  private static final Set<String> CLAUSES =
      Set.of("ccomp", "xcomp", "advcl", "acl", "acl:relcl", "parataxis", "csubj", "conj");

  final Set<String> speech;
  final Set<String> objectControl;
  final Set<String> negation;
  final Set<String> modal;
  final Set<String> obligation;
  final Set<String> relative;
  final Set<String> locative;
  final Set<String> circumstantial;
  final Set<String> backReference;
  final Set<String> phoneCue;
  final Set<String> intentObject;
  final Set<String> discard;
  final Set<String> antecedentAct;
  final Set<String> contentNoun;
  final Set<String> reportNoun;
  final Set<String> infinitiveNoun;
  final Set<String> naming;
  final Set<String> possibility;
  final Set<String> topical;
  private final java.util.Map<String, String> antecedentFamilies;
  private final java.util.Map<String, List<String>> support;

  Grammar(WordClasses classes) {
    for (String name : REQUIRED_CLASSES.keySet()) {
      if (!classes.isDefined(name)) {
        throw new org.khaldun.DictionaryException(
            "grammar.txt",
            "no class " + name + " (" + REQUIRED_CLASSES.get(name) + ") is defined",
            null);
      }
    }
    speech = classes.get("speech");
    objectControl = classes.get("object-control");
    negation = classes.get("negation");
    modal = classes.get("modal");
    obligation = classes.get("obligation");
    relative = classes.get("relative");
    locative = classes.get("locative");
    circumstantial = classes.get("circumstantial");
    backReference = classes.get("back-reference");
    phoneCue = classes.get("phone-cue");
    intentObject = classes.get("intent-object");
    discard = classes.get("discard");
    antecedentAct = classes.get("antecedent-act");
    contentNoun = classes.get("content-noun");
    reportNoun = classes.get("report-noun");
    infinitiveNoun = classes.get("infinitive-noun");
    naming = classes.get("naming");
    possibility = classes.get("modal-possibility");
    topical = classes.get("topical");
    // "class antecedent-19|18|20 attack|raid|...": nouns that refer back to acts of those roots.
    java.util.Map<String, String> families = new java.util.HashMap<>();
    for (String name : classes.names()) {
      if (name.startsWith("antecedent-") && !name.equals("antecedent-act")) {
        String roots = name.substring("antecedent-".length());
        for (String word : classes.get(name)) {
          families.merge(word, roots, (a, b) -> a + "-" + b);
        }
      }
    }
    antecedentFamilies = java.util.Map.copyOf(families);
    java.util.Map<String, List<String>> byVerb = new java.util.HashMap<>();
    for (String word : classes.get("support")) {
      byVerb.computeIfAbsent(PatternBook.verbKey(word), k -> new ArrayList<>()).add(word);
    }
    byVerb.replaceAll((k, v) -> List.copyOf(v));
    support = java.util.Map.copyOf(byVerb);
  }

  /**
   * Whether the sentence is about something CAMEO does not code, such as sport ("beat Argentina
   * 1-0", "fired a shot past the goalkeeper"): a discard word or a score.
   */
  boolean isDiscarded(Sentence s) {
    for (Token token : s.tokens()) {
      if (token.isNoun() && discard.contains(token.lemma())
          || SCORE.matcher(token.text()).matches()) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.regex.Pattern SCORE =
      java.util.regex.Pattern.compile("\\d{1,2}-\\d{1,2}");

  /** The CAMEO roots ("18-19-20") an event noun refers back to, or null. */
  String antecedentFamily(String lemma) {
    return antecedentFamilies.get(lemma);
  }

  /** Whether the verb at {@code index} is a support verb ("held talks", "carried out strikes"). */
  boolean isSupport(Sentence s, int index) {
    List<String> words = support.get(s.token(index).lemma());
    if (words == null) {
      return false;
    }
    for (String word : words) {
      if (TriggerMatcher.verbMatches(s, s.token(index), word)) {
        return true;
      }
    }
    return false;
  }

  static boolean isPassive(Sentence s, int verb) {
    for (Token child : s.children(verb)) {
      if (child.relation().equals("nsubj:pass") || child.relation().equals("aux:pass")) {
        return true;
      }
    }
    return false;
  }

  /** The active subject's head, or -1. */
  int subject(Sentence s, int verb) {
    for (Token child : s.children(verb)) {
      if (child.relation().equals("nsubj")) {
        return child.index();
      }
    }
    int misread = misreadSpeech(s, verb);
    if (misread >= 0) {
      int object = child(s, misread, "obj");
      if (object >= 0) {
        return object;
      }
    }
    // "said Israel would pay": the parser makes Israel the object of "said" and "pay" a loose
    // dependent.
    Token token = s.token(verb);
    if (token.head() >= 0
        && (token.relation().equals("dep") || token.relation().equals("ccomp"))
        && speech.contains(s.token(token.head()).lemma())) {
      int object = child(s, token.head(), "obj");
      if (object >= 0 && object < verb) {
        return object;
      }
    }
    for (Token child : s.children(verb)) {
      if (child.relation().equals("csubj")) {
        return child.index();
      }
    }
    return -1;
  }

  /**
   * "X said Y will receive ..." without "that" is often parsed with "said" as the clausal subject
   * of "receive" and Y as the object of "said". Returns that speech verb, or -1.
   */
  int misreadSpeech(Sentence s, int verb) {
    for (Token child : s.children(verb)) {
      if (child.relation().equals("csubj")
          && speech.contains(child.lemma())
          && child(s, child.index(), "nsubj") >= 0) {
        return child.index();
      }
    }
    return -1;
  }

  /** The object's head: {@code obj}, or the passive subject. */
  static int object(Sentence s, int verb) {
    for (Token child : s.children(verb)) {
      if (child.relation().equals("obj")) {
        return child.index();
      }
    }
    for (Token child : s.children(verb)) {
      if (child.relation().equals("nsubj:pass")) {
        return child.index();
      }
    }
    return -1;
  }

  static int child(Sentence s, int head, String relation) {
    for (Token child : s.children(head)) {
      if (child.relation().equals(relation)) {
        return child.index();
      }
    }
    return -1;
  }

  /** The passive agent ("by X"), or -1. */
  static int agent(Sentence s, int verb) {
    for (Token child : s.children(verb)) {
      if (child.relation().equals("obl:agent")
          || child.relation().startsWith("obl") && hasCase(s, child.index(), "by")) {
        return child.index();
      }
    }
    return -1;
  }

  static boolean hasCase(Sentence s, int index, String preposition) {
    for (Token child : s.children(index)) {
      if ((child.relation().equals("case") || child.relation().equals("mark"))
          && child.lemma().equals(preposition)) {
        return true;
      }
    }
    return false;
  }

  /** The preposition heading a nominal, or null. */
  static String preposition(Sentence s, int index) {
    String result = null;
    for (Token child : s.children(index)) {
      if (child.relation().equals("case") && child.index() < index) {
        result = result == null ? child.lemma() : result;
      }
    }
    return result;
  }

  /** Dependents joined to {@code head} by {@code conj}, recursively ("X, Y and Z"). */
  static List<Integer> conjuncts(Sentence s, int head) {
    List<Integer> result = new ArrayList<>();
    for (Token child : s.children(head)) {
      if (child.relation().equals("conj") && !child.isVerb()) {
        result.add(child.index());
        result.addAll(conjuncts(s, child.index()));
      }
    }
    return result;
  }

  boolean isNegated(Sentence s, int index) {
    for (Token child : s.children(index)) {
      String rel = child.relation();
      if ((rel.equals("advmod")
              || rel.equals("neg")
              || rel.equals("det")
              || rel.equals("cc:preconj"))
          && negation.contains(child.lemma())) {
        return true;
      }
    }
    return false;
  }

  boolean isModal(Sentence s, int index) {
    for (Token child : s.children(index)) {
      if (child.relation().equals("aux") && modal.contains(child.lemma())) {
        return true;
      }
      if (child.relation().equals("aux")
          && child.lemma().equals("go")
          && child.index() + 1 < s.size()
          && s.token(child.index() + 1).lemma().equals("to")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a modal of mere possibility ("could", "may") governs {@code index}. */
  boolean isPossible(Sentence s, int index) {
    return hasAuxiliary(s, index, possibility);
  }

  /** Modal auxiliary lemmas on {@code index} ("must", "should", ...). */
  static boolean hasAuxiliary(Sentence s, int index, Set<String> auxiliaries) {
    for (Token child : s.children(index)) {
      if (child.relation().startsWith("aux") && auxiliaries.contains(child.lemma())) {
        return true;
      }
    }
    return false;
  }

  /** True when the clause of {@code index} is a condition: "if it is attacked". */
  static boolean isConditional(Sentence s, int index) {
    for (Token child : s.children(index)) {
      if (child.relation().equals("mark")
          && (child.lemma().equals("if")
              || child.lemma().equals("unless")
              || child.lemma().equals("whether"))) {
        return true;
      }
    }
    return false;
  }

  static boolean isQuestion(Sentence s, int index) {
    Token last = s.token(s.size() - 1);
    return last.text().equals("?") && s.token(index).head() < 0;
  }

  /** The relative pronoun's antecedent for a subject inside a relative clause, else -1. */
  int relativeAntecedent(Sentence s, int verb, int subject) {
    Token verbToken = s.token(verb);
    if (subject >= 0
        && relative.contains(s.token(subject).lemma())
        && verbToken.relation().equals("acl:relcl")) {
      return verbToken.head();
    }
    return -1;
  }

  /**
   * The subject a verb inherits when it has none: the controller of an xcomp (the object of "urged
   * X to", else the subject), the first conjunct's subject, or the noun an acl modifies.
   */
  int inheritedSubject(Sentence s, int verb) {
    int current = verb;
    for (int hops = 0; hops < 4; hops++) {
      Token token = s.token(current);
      int governor = token.head();
      if (governor < 0) {
        return -1;
      }
      String rel = token.relation();
      if (rel.equals("xcomp")) {
        int object = child(s, governor, "obj");
        if (object >= 0 && objectControl.contains(s.token(governor).lemma())) {
          return object;
        }
        // "called on Muslim countries to support": the on-phrase controls the complement.
        for (Token child : s.children(governor)) {
          if (child.relation().startsWith("obl")
              && (hasCase(s, child.index(), "on") || hasCase(s, child.index(), "upon"))
              && objectControl.contains(s.token(governor).lemma())) {
            return child.index();
          }
        }
      } else if (rel.equals("acl") || rel.equals("acl:relcl")) {
        return governor;
      } else if (!rel.equals("conj") && !rel.equals("advcl") && !rel.equals("xcomp")) {
        return -1;
      }
      int subject = subject(s, governor);
      if (subject >= 0) {
        int antecedent = relativeAntecedent(s, governor, subject);
        return antecedent >= 0 ? antecedent : subject;
      }
      if (isPassive(s, governor) && rel.equals("conj")) {
        return -1;
      }
      current = governor;
    }
    return -1;
  }

  /** The subject of the speech verb that reports {@code index} ("X said Y will ..."), or -1. */
  int speaker(Sentence s, int index) {
    int misread = misreadSpeech(s, index);
    if (misread >= 0) {
      return child(s, misread, "nsubj");
    }
    int current = index;
    for (int hops = 0; hops < 4 && current >= 0; hops++) {
      Token token = s.token(current);
      int governor = token.head();
      if (governor < 0) {
        break;
      }
      String rel = token.relation();
      if ((rel.equals("ccomp") || rel.equals("parataxis") || rel.equals("dep"))
          && speech.contains(s.token(governor).lemma())) {
        int subject = subject(s, governor);
        return subject >= 0 ? subject : inheritedSubject(s, governor);
      }
      if (!rel.equals("conj") && !rel.equals("xcomp")) {
        break;
      }
      current = governor;
    }
    // "X will pay, Y said": the speech verb hangs below the event as parataxis.
    for (Token child : s.children(index)) {
      if (child.relation().equals("parataxis") && speech.contains(child.lemma())) {
        return subject(s, child.index());
      }
    }
    return -1;
  }

  /** Whether {@code relation} starts a clause of its own (for time-expression scoping). */
  static boolean isClause(Token token) {
    return CLAUSES.contains(token.relation())
        && (token.isVerb() || !token.relation().equals("conj"));
  }
}
