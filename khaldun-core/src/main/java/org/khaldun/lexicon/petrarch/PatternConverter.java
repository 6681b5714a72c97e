package org.khaldun.lexicon.petrarch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.khaldun.dedup.EventKey;
import org.khaldun.lexicon.petrarch.PatternTranslator.Translation;
import org.khaldun.lexicon.petrarch.VerbDictionary.MemberVerb;
import org.khaldun.lexicon.petrarch.VerbDictionary.Synset;
import org.khaldun.lexicon.petrarch.VerbDictionary.VerbFamily;
import org.khaldun.lexicon.petrarch.VerbDictionary.VerbPattern;
import org.khaldun.ontology.Cameo;

/**
 * Converts a PETRARCH verb dictionary into the text of a Khaldun {@code patterns.txt}: one pattern
 * per PETRARCH pattern, then one per family or verb default code, each triggered by the family's
 * member verbs, named {@code petrarch/FAMILY} and ending with its {@code # file:line}. Everything
 * it leaves out or approximates goes to the report. Not thread-safe; used once per dictionary.
 */
final class PatternConverter {
  static final String NULL_CODE = "[---]: codes no event";
  static final String NO_PRIMARY = "[:code]: no primary code";
  static final String UNKNOWN_CODE = "code not in CAMEO";
  static final String VERB_NULL_CODE = "verb default [---]: the verb alone codes no event";
  static final String LONG_VERB = "multi-word verb of 3+ words";
  static final String BE_VERB = "multi-word verb on a form of BE";
  static final String VERB_NOT_WORD = "verb that is not a word";
  static final String NO_VERBS = "family without usable verbs";
  static final String DUPLICATE = "duplicate of an earlier pattern";
  static final String TRANSFORMATION = "verb transformation (~): no Khaldun equivalent";
  static final String SECONDARY = "[a:b]: a coded, b ignored";
  static final String FOUR_DIGITS = "4-digit code: Khaldun codes its 3-digit parent";
  static final String SET_MEMBER = "synonym set member that is not a word dropped";

  private static final Set<String> BE =
      Set.of("BE", "IS", "ARE", "AM", "WAS", "WERE", "BEEN", "BEING");

  private final VerbDictionary dictionary;
  private final Cameo cameo;
  private final PetrarchReport.Builder report;
  private final PatternTranslator translator;
  private final Set<String> seen = new HashSet<>();
  private final StringBuilder out = new StringBuilder();

  private PatternConverter(VerbDictionary dictionary, Cameo cameo, PetrarchReport.Builder report) {
    this.dictionary = dictionary;
    this.cameo = cameo;
    this.report = report;
    this.translator = new PatternTranslator(synsetForms());
  }

  /** The Khaldun pattern text for {@code dictionary}. */
  static String convert(VerbDictionary dictionary, Cameo cameo, PetrarchReport.Builder report) {
    return new PatternConverter(dictionary, cameo, report).run();
  }

  private String run() {
    out.append("# Khaldun event patterns converted from the PETRARCH verb dictionary ")
        .append(dictionary.file())
        .append("\n# (PETRARCH2 dictionaries, MIT licence, Open Event Data Alliance).")
        .append(" Each line ends with its source line.\n");
    report.read("verb families", dictionary.families().size());
    report.read("synonym sets", dictionary.synsets().size());
    report.read("verb transformations", dictionary.transformations().size());
    for (SourceLine at : dictionary.transformations()) {
      report.leftOut(TRANSFORMATION, at, null);
    }
    for (VerbFamily family : dictionary.families()) {
      family(family);
    }
    return out.toString();
  }

  private void family(VerbFamily family) {
    report.read("member verbs", family.verbs().size());
    report.read("verb patterns", family.patterns().size());
    List<MemberVerb> usable = new ArrayList<>();
    for (MemberVerb verb : family.verbs()) {
      String problem = problem(verb);
      if (problem == null) {
        usable.add(verb);
      } else {
        report.leftOut(problem, verb.at(), null);
      }
    }
    String name = "petrarch/" + family.name().toLowerCase(Locale.ROOT);
    for (VerbPattern pattern : family.patterns()) {
      pattern(pattern, usable, name);
    }
    Map<String, List<MemberVerb>> byCode = new LinkedHashMap<>();
    for (MemberVerb verb : usable) {
      byCode
          .computeIfAbsent(
              verb.code() == null ? family.code() : verb.code(), k -> new ArrayList<>())
          .add(verb);
    }
    byCode.forEach(
        (code, verbs) -> {
          if (code.equals("---")) {
            verbs.forEach(v -> report.leftOut(VERB_NULL_CODE, v.at(), null));
            return;
          }
          SourceLine at = verbs.get(0).code() == null ? family.at() : verbs.get(0).at();
          if (!known(code)) {
            report.leftOut(UNKNOWN_CODE, at, code);
            return;
          }
          Set<String> triggers = new LinkedHashSet<>();
          verbs.forEach(v -> triggers.add(lemma(v, null)));
          write(code, triggers, List.of("T:any"), name, at, "family/verb default codes");
        });
  }

  private void pattern(VerbPattern pattern, List<MemberVerb> verbs, String name) {
    SourceLine at = pattern.at();
    if (pattern.code().isEmpty()) {
      report.leftOut(NO_PRIMARY, at, pattern.text());
      return;
    }
    if (pattern.code().equals("---")) {
      report.leftOut(NULL_CODE, at, pattern.text());
      return;
    }
    if (!known(pattern.code())) {
      report.leftOut(UNKNOWN_CODE, at, pattern.text());
      return;
    }
    Translation translation = translator.translate(pattern);
    if (translation.reason() != null) {
      report.leftOut(translation.reason(), at, pattern.text());
      return;
    }
    Set<String> triggers = new LinkedHashSet<>();
    for (MemberVerb verb : verbs) {
      // A verb that already has a particle cannot take the pattern's particle as well.
      if (translation.particle() == null || verb.back().isEmpty()) {
        triggers.add(lemma(verb, translation.particle()));
      }
    }
    if (triggers.isEmpty()) {
      report.leftOut(NO_VERBS, at, pattern.text());
      return;
    }
    String key = pattern.code() + " " + triggers + " " + translation.elements();
    if (!seen.add(key)) {
      report.leftOut(DUPLICATE, at, pattern.text());
      return;
    }
    for (String approximation : new LinkedHashSet<>(translation.approximations())) {
      report.approximated(approximation, at, pattern.text());
    }
    if (pattern.secondary() != null) {
      report.approximated(SECONDARY, at, pattern.text());
    }
    write(pattern.code(), triggers, translation.elements(), name, at, "patterns");
  }

  private void write(
      String code,
      Set<String> triggers,
      List<String> elements,
      String name,
      SourceLine at,
      String kind) {
    if (code.length() == 4) {
      report.approximated(FOUR_DIGITS, at, code);
    }
    out.append(code).append(' ').append(String.join("|", triggers));
    for (String element : elements) {
      out.append("  ").append(element);
    }
    if (EventKey.isSymmetric(code)) {
      // Consultations and signed agreements are mutual: "X and Y met" pairs X with Y.
      out.append("  sym");
    }
    out.append("  = ").append(name).append("  # ").append(at).append('\n');
    report.converted("patterns.txt: " + kind, 1);
  }

  private boolean known(String code) {
    return cameo.contains(code.length() == 4 ? code.substring(0, 3) : code);
  }

  /** Why a member verb cannot be a Khaldun trigger, or null when it can. */
  private static String problem(MemberVerb verb) {
    if (verb.back().size() > 1) {
      return LONG_VERB;
    }
    if (BE.contains(verb.verb())) {
      return BE_VERB;
    }
    for (List<String> words : List.of(verb.front(), List.of(verb.verb()), verb.back())) {
      for (String word : words) {
        if (!NounForms.isWord(word)) {
          return VERB_NOT_WORD;
        }
      }
    }
    return null;
  }

  /** The trigger Khaldun matches: {@code verb}, {@code verb_particle}, {@code re-arrest}. */
  private static String lemma(MemberVerb verb, String particle) {
    StringBuilder lemma = new StringBuilder();
    for (String word : verb.front()) {
      lemma.append(word.toLowerCase(Locale.ROOT)).append('-');
    }
    lemma.append(verb.verb().toLowerCase(Locale.ROOT));
    if (!verb.back().isEmpty()) {
      lemma.append('_').append(verb.back().get(0).toLowerCase(Locale.ROOT));
    } else if (particle != null) {
      lemma.append('_').append(particle);
    }
    return lemma.toString();
  }

  /** Each synonym set's members as Khaldun nouns and as modifiers, dropping non-words. */
  private SynsetForms synsetForms() {
    Map<String, Set<String>> heads = new LinkedHashMap<>();
    Map<String, Set<String>> modifiers = new LinkedHashMap<>();
    for (Synset set : dictionary.synsets().values()) {
      Set<String> h = new LinkedHashSet<>();
      Set<String> m = new LinkedHashSet<>();
      for (List<String> member : set.members()) {
        String form = NounForms.phrase(member);
        String last = member.get(member.size() - 1);
        if (form == null) {
          report.approximated(SET_MEMBER, set.at(), set.name() + " " + String.join("_", member));
          continue;
        }
        h.add(form);
        m.add(NounForms.modifier(last));
      }
      heads.put(set.name(), h);
      modifiers.put(set.name(), m);
    }
    return new SynsetForms(heads, modifiers);
  }
}
