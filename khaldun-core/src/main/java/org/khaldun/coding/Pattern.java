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
 * @param sources source slots in order of preference
 * @param targets target slots in order of preference
 * @param flags sym, self, keep, loc, optional-target
 * @param name the pattern's name, reported with every event it codes
 * @param line where it was defined, for explanations
 */
record Pattern(
    String code,
    boolean noun,
    Set<String> triggers,
    Set<String> objects,
    Set<String> governors,
    Set<String> complements,
    String has,
    List<String> sources,
    List<String> targets,
    Set<Flag> flags,
    String name,
    String line) {

  enum Flag {
    SYMMETRIC,
    SELF,
    KEEP,
    LOCATION,
    DIRECT,
    OPTIONAL_TARGET
  }

  Pattern {
    Objects.requireNonNull(code, "code");
    triggers = Set.copyOf(triggers);
    objects = Set.copyOf(objects);
    governors = Set.copyOf(governors);
    complements = Set.copyOf(complements);
    sources = List.copyOf(sources);
    targets = List.copyOf(targets);
    flags = flags.isEmpty() ? Set.of() : Set.copyOf(flags);
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
    if (!sources.equals(List.of("subj"))) {
      score += 1;
    }
    return score;
  }
}
