package org.khaldun.wordnet;

import java.util.Locale;

/**
 * The two parts of speech Khaldun triggers have: verbs ({@code attack}) and nouns ({@code
 * n:attack}).
 */
public enum Pos {
  VERB,
  NOUN;

  /** How files write it: {@code verb} or {@code noun}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The other part of speech: derivations cross from one to the other. */
  public Pos other() {
    return this == VERB ? NOUN : VERB;
  }

  /** Parses {@code verb} or {@code noun}; null for anything else. */
  public static Pos parse(String label) {
    return switch (label) {
      case "verb" -> VERB;
      case "noun" -> NOUN;
      default -> null;
    };
  }
}
