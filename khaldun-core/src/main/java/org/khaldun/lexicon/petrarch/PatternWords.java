package org.khaldun.lexicon.petrarch;

import java.util.Set;

/** The closed word lists by which PETRARCH pattern words are read as Khaldun elements. */
final class PatternWords {
  /** Words after the verb that make it a verb with a particle ({@code put off}). */
  static final Set<String> PARTICLES =
      Set.of(
          "up",
          "down",
          "off",
          "out",
          "back",
          "away",
          "forward",
          "aside",
          "together",
          "apart",
          "ahead");

  /** Particles that are also prepositions: a particle only when nothing follows them. */
  static final Set<String> FINAL_PARTICLES =
      Set.of("over", "in", "on", "around", "through", "along", "about");

  /** Loose words read as a preposition when a noun, {@code +} or {@code $} follows them. */
  static final Set<String> PREPOSITIONS =
      Set.of(
          "to", "on", "in", "into", "with", "against", "at", "for", "from", "of", "over", "by",
          "about", "toward", "towards", "upon", "between", "among", "across", "through", "under",
          "behind", "near", "after", "before", "within", "without", "onto", "amid", "despite", "as",
          "like", "inside", "outside");

  /** The target and source slots Khaldun's pattern files know (its PatternParser's list). */
  static final Set<String> SLOTS =
      Set.of(
          "subj",
          "obj",
          "iobj",
          "poss",
          "amod",
          "compound",
          "speaker",
          "csubj",
          "loc",
          "with",
          "to",
          "on",
          "against",
          "at",
          "for",
          "from",
          "into",
          "over",
          "in",
          "of",
          "between",
          "about",
          "toward",
          "towards",
          "upon",
          "by",
          "among",
          "outside",
          "along",
          "near",
          "that",
          "across",
          "inside",
          "through",
          "within",
          "throughout",
          "around",
          "after",
          "during",
          "under",
          "behind",
          "beyond",
          "onto",
          "amid",
          "per",
          "like",
          "as",
          "via",
          "off",
          "out",
          "up",
          "down",
          "since",
          "before",
          "without",
          "than",
          "despite",
          "concerning",
          "regarding");

  private PatternWords() {}
}
