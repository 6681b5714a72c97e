package org.khaldun.lexicon.petrarch;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.khaldun.lexicon.petrarch.PatternElement.Compound;
import org.khaldun.lexicon.petrarch.PatternElement.Phrase;
import org.khaldun.lexicon.petrarch.PatternElement.Prep;
import org.khaldun.lexicon.petrarch.PatternElement.SetRef;
import org.khaldun.lexicon.petrarch.PatternElement.Skip;
import org.khaldun.lexicon.petrarch.PatternElement.Source;
import org.khaldun.lexicon.petrarch.PatternElement.Target;
import org.khaldun.lexicon.petrarch.PatternElement.Word;
import org.khaldun.lexicon.petrarch.VerbDictionary.VerbPattern;

/**
 * Translates the elements of one PETRARCH pattern into the elements of a Khaldun pattern: nouns
 * after the verb into {@code obj:}, nouns before it into {@code subj:}, {@code (PREP NOUN)} into
 * {@code pp:prep:noun}, {@code +} and {@code $} into the target and source slots, a leading
 * particle ({@code - * OFF TALK}) into a {@code verb_particle} trigger. What Khaldun cannot express
 * is refused with a reason. Immutable once built.
 */
final class PatternTranslator {
  static final String TARGET_BEFORE_VERB = "+ (target) before the verb";
  static final String PREP_BEFORE_VERB = "prepositional phrase before the verb";
  static final String SKIP = "^ (skip words) has no Khaldun equivalent";
  static final String COMPOUND = "% (compound actor) has no Khaldun equivalent";
  static final String NOT_A_WORD = "noun that is not a word (digits or symbols)";
  static final String UNDEFINED_SET = "undefined synonym set";
  static final String TWO_OBJECTS = "two object noun phrases after the verb";
  static final String NO_SLOT = "target or source after a preposition Khaldun has no slot for";
  static final String LONG_PHRASE =
      "noun phrase of 3+ words: only the modifier next to the head kept";
  static final String OF_DROPPED = "of-phrase after a compound object dropped";

  /**
   * A translated pattern, or the reason it cannot be translated.
   *
   * @param particle the particle the trigger verbs take, or null
   * @param elements Khaldun elements in order (obj:, subj:, pp:, S:, T:)
   * @param reason why the pattern is left out, or null
   * @param approximations what was lost on the way
   */
  record Translation(
      String particle, List<String> elements, String reason, List<String> approximations) {
    Translation {
      elements = List.copyOf(elements);
      approximations = List.copyOf(approximations);
    }

    static Translation refused(String reason) {
      return new Translation(null, List.of(), reason, List.of());
    }
  }

  private final SynsetForms sets;

  PatternTranslator(SynsetForms sets) {
    this.sets = sets;
  }

  /** Thrown inside a translation to refuse the pattern. */
  private static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refusal(String reason) {
      super(reason, null, false, false);
    }
  }

  Translation translate(VerbPattern pattern) {
    try {
      return new Work().run(pattern);
    } catch (Refusal refusal) {
      return Translation.refused(refusal.getMessage());
    }
  }

  /** The state of one translation. */
  private final class Work {
    final List<String> approximations = new ArrayList<>();
    Set<String> subjects;
    Set<String> objects;
    final List<String> preps = new ArrayList<>();
    final List<String> targets = new ArrayList<>();
    final List<String> implicitTargets = new ArrayList<>();
    final List<String> sources = new ArrayList<>();
    String particle;

    Translation run(VerbPattern pattern) {
      before(pattern.before());
      after(pattern.after());
      List<String> elements = new ArrayList<>();
      if (objects != null) {
        elements.add("obj:" + String.join("|", objects));
      }
      if (subjects != null) {
        elements.add("subj:" + String.join("|", subjects));
      }
      elements.addAll(preps);
      if (!sources.isEmpty()) {
        elements.add("S:" + String.join("|", sources));
      }
      List<String> slots = new ArrayList<>(targets);
      if (slots.isEmpty()) {
        slots.addAll(implicitTargets);
      }
      if (slots.isEmpty()) {
        slots.add("any"); // PETRARCH takes the first actor after the verb
      }
      elements.add("T:" + String.join("|", new LinkedHashSet<>(slots)));
      return new Translation(particle, elements, null, approximations);
    }

    private void before(List<PatternElement> elements) {
      List<PatternElement> run = new ArrayList<>();
      for (PatternElement element : elements) {
        if (element instanceof Target) {
          throw new Refusal(TARGET_BEFORE_VERB);
        } else if (element instanceof Prep) {
          throw new Refusal(PREP_BEFORE_VERB);
        } else if (element instanceof Skip) {
          throw new Refusal(SKIP);
        } else if (element instanceof Compound) {
          throw new Refusal(COMPOUND);
        } else if (!(element instanceof Source)) {
          run.add(element);
        }
      }
      if (!run.isEmpty()) {
        subjects = nouns(run);
      }
    }

    private void after(List<PatternElement> elements) {
      int n = elements.size();
      int i = 0;
      if (n > 0 && elements.get(0) instanceof Word w) {
        String word = lower(w.text());
        if (PatternWords.PARTICLES.contains(word)
            || n == 1 && PatternWords.FINAL_PARTICLES.contains(word)) {
          particle = word;
          i = 1;
        }
      }
      while (i < n) {
        PatternElement element = elements.get(i);
        if (element instanceof Skip) {
          throw new Refusal(SKIP);
        } else if (element instanceof Compound) {
          throw new Refusal(COMPOUND);
        } else if (element instanceof Target) {
          targets.add("obj");
          i++;
        } else if (element instanceof Source) {
          sources.add("obj");
          i++;
        } else if (element instanceof Prep p) {
          prep(lower(p.preposition()), p.objects());
          i++;
        } else if (element instanceof Word w
            && PatternWords.PREPOSITIONS.contains(lower(w.text()))) {
          int end = i + 1;
          if (end < n
              && (elements.get(end) instanceof Target || elements.get(end) instanceof Source)) {
            end++;
          } else {
            while (end < n && isNoun(elements.get(end))) {
              end++;
            }
          }
          prep(lower(w.text()), elements.subList(i + 1, end));
          i = end;
        } else {
          int end = i;
          while (end < n && isNoun(elements.get(end))) {
            end++;
          }
          if (objects != null) {
            throw new Refusal(TWO_OBJECTS);
          }
          objects = nouns(elements.subList(i, end));
          i = end;
        }
      }
    }

    private boolean isNoun(PatternElement element) {
      return element instanceof Phrase
          || element instanceof SetRef
          || element instanceof Word w && !PatternWords.PREPOSITIONS.contains(lower(w.text()));
    }

    private void prep(String preposition, List<PatternElement> inside) {
      List<PatternElement> nouns = new ArrayList<>();
      boolean marker = false;
      for (PatternElement element : inside) {
        if (element instanceof Target || element instanceof Source) {
          if (!PatternWords.SLOTS.contains(preposition)) {
            throw new Refusal(NO_SLOT);
          }
          (element instanceof Target ? targets : sources).add(preposition);
          marker = true;
        } else if (element instanceof Skip) {
          throw new Refusal(SKIP);
        } else if (element instanceof Compound) {
          throw new Refusal(COMPOUND);
        } else {
          nouns.add(element);
        }
      }
      if (nouns.isEmpty()) {
        if (!marker && PatternWords.SLOTS.contains(preposition)) {
          // "(TO)": the target is in the to-phrase; without an actor there the pattern does not
          // apply and a plainer one of the same verb may.
          implicitTargets.add(preposition);
        }
        preps.add("pp:" + preposition + ":*");
        return;
      }
      Set<String> forms = nouns(nouns);
      if (preposition.equals("of") && objects != null) {
        // "series of attacks": the of-phrase belongs to the object noun, not to the verb.
        boolean simple = objects.stream().noneMatch(o -> o.indexOf('-') >= 0);
        if (simple) {
          Set<String> joined = new LinkedHashSet<>();
          for (String object : objects) {
            for (String form : forms) {
              joined.add(object + "-of-" + form);
            }
          }
          objects = joined;
        } else {
          approximations.add(OF_DROPPED);
        }
        return;
      }
      preps.add("pp:" + preposition + ":" + String.join("|", forms));
    }

    /** The noun forms of a run of words, noun phrases and synonym sets. */
    private Set<String> nouns(List<PatternElement> run) {
      List<PatternElement> parts = new ArrayList<>();
      for (PatternElement element : run) {
        if (element instanceof Phrase phrase) {
          parts.addAll(phrase.parts());
        } else {
          parts.add(element);
        }
      }
      int n = parts.size();
      if (n == 1) {
        return heads(parts.get(0));
      }
      int of = -1;
      for (int k = 1; k < n - 1; k++) {
        if (parts.get(k) instanceof Word w && w.text().equals("OF")) {
          of = k;
          break;
        }
      }
      if (of > 0) {
        Set<String> result = new LinkedHashSet<>();
        for (String head : heads(parts.get(of - 1))) {
          for (String noun : heads(parts.get(n - 1))) {
            result.add(head + "-of-" + noun);
          }
        }
        return result;
      }
      if (n > 2) {
        approximations.add(LONG_PHRASE);
      }
      return NounForms.compounds(modifiers(parts.get(n - 2)), heads(parts.get(n - 1)));
    }

    private Set<String> heads(PatternElement element) {
      if (element instanceof Word w) {
        Set<String> forms = new LinkedHashSet<>();
        for (String word : alternatives(w)) {
          forms.add(NounForms.lemma(word));
        }
        return forms;
      }
      if (element instanceof SetRef ref) {
        return setForms(ref, false);
      }
      throw new Refusal(NOT_A_WORD);
    }

    private Set<String> modifiers(PatternElement element) {
      if (element instanceof Word w) {
        Set<String> forms = new LinkedHashSet<>();
        for (String word : alternatives(w)) {
          forms.add(NounForms.modifier(word));
        }
        return forms;
      }
      if (element instanceof SetRef ref) {
        return setForms(ref, true);
      }
      throw new Refusal(NOT_A_WORD);
    }

    /** {@code FAVOUR/FAVOR}: a word with slashes is any one of its parts. */
    private List<String> alternatives(Word word) {
      List<String> words = List.of(word.text().split("/"));
      for (String each : words) {
        if (!NounForms.isWord(each)) {
          throw new Refusal(NOT_A_WORD);
        }
      }
      return words;
    }

    private Set<String> setForms(SetRef ref, boolean asModifier) {
      Set<String> forms = asModifier ? sets.modifiers(ref.name()) : sets.heads(ref.name());
      if (forms == null) {
        throw new Refusal(UNDEFINED_SET);
      }
      if (forms.isEmpty()) {
        throw new Refusal(NOT_A_WORD);
      }
      return forms;
    }
  }

  private static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }
}
