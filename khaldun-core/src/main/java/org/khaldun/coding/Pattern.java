package org.khaldun.coding;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One line of the pattern file: a trigger and the conditions under which it codes an event.
 *
 * @param code the CAMEO code it assigns
 * @param noun true for a nominal trigger ({@code n:airstrike})
 * @param triggers trigger words: lemmas, {@code verb_particle} or {@code compound-noun}
 * @param objects required object nouns; empty for no condition, {@code ["-"]} for no object, {@code
 *     ["*"]} for any object
 * @param governors required governing verbs of a nominal trigger
 * @param complements required complement clause lemmas or auxiliaries ({@code *} for any)
 * @param has a word that must depend on the trigger, or null
 * @param derive how the code follows from the event the trigger is about ("urged X to release": the
 *     appeal code of a release), or null for the pattern's own code
 * @param subjects required subject nouns (the head or a modifier of the subject), or empty
 * @param preps required prepositional dependents: a preposition and the nouns it may introduce
 * @param sources source slots in order of preference
 * @param targets target slots in order of preference
 * @param flags sym, self, keep, loc, optional-target
 * @param name the pattern's name, reported with every event it codes
 * @param line where it was defined, for explanations
 * @param rank the position of its dictionary layer: a later layer's pattern wins a tie
 * @param definition the line as written, without its comment
 */
record Pattern(
    String code,
    boolean noun,
    Set<String> triggers,
    Set<String> objects,
    Set<String> governors,
    Set<String> complements,
    String has,
    WrapMode derive,
    Set<String> subjects,
    List<Prep> preps,
    List<String> sources,
    List<String> targets,
    Set<Flag> flags,
    String name,
    String line,
    int rank,
    String definition) {

  enum Flag {
    SYMMETRIC,
    SELF,
    KEEP,
    LOCATION,
    DIRECT,
    OPTIONAL_TARGET
  }

  /** A required prepositional dependent: {@code pp:for:attack|assault}. */
  record Prep(String preposition, Set<String> words) {
    Prep {
      words = Set.copyOf(words);
    }
  }

  Pattern {
    Objects.requireNonNull(code, "code");
    triggers = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(triggers));
    objects = Set.copyOf(objects);
    governors = Set.copyOf(governors);
    complements = Set.copyOf(complements);
    subjects = Set.copyOf(subjects);
    preps = List.copyOf(preps);
    sources = List.copyOf(sources);
    targets = List.copyOf(targets);
    flags = flags.isEmpty() ? Set.of() : Set.copyOf(flags);
  }

  /** The prepositions the pattern's slots and conditions name. */
  Set<String> prepositions() {
    Set<String> result = new java.util.HashSet<>();
    for (List<String> slots : List.of(sources, targets)) {
      for (String slot : slots) {
        if (PatternParser.PREPOSITIONS.contains(slot)) {
          result.add(slot);
        }
      }
    }
    for (Prep prep : preps) {
      result.add(prep.preposition());
    }
    return result;
  }

  boolean has(Flag flag) {
    return flags.contains(flag);
  }

  /** More conditions make a pattern more specific; the most specific match wins. */
  int specificity() {
    int score = 0;
    if (!objects.isEmpty()) {
      score += objects.contains("*") || objects.contains("-") ? 1 : 3;
    }
    if (!governors.isEmpty()) {
      score += 3;
    }
    if (!complements.isEmpty()) {
      score += complements.contains("*") ? 1 : 3;
    }
    if (has != null) {
      score += 2;
    }
    if (!subjects.isEmpty()) {
      score += 2;
    }
    score += 3 * preps.size();
    if (!sources.equals(List.of("subj"))) {
      score += 1;
    }
    return score;
  }
}
