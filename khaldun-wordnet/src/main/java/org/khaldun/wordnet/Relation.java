package org.khaldun.wordnet;

/** How a candidate relates to the trigger it came from. */
public enum Relation {
  /** Another lemma of one of the trigger's synsets, same part of speech. */
  SYNONYM,
  /** A lemma of the other part of speech linked by WordNet's derivational pointers. */
  DERIVATION;

  public String label() {
    return this == SYNONYM ? "synonym" : "derivation";
  }

  /** Parses {@code synonym} or {@code derivation}; null for anything else. */
  public static Relation parse(String label) {
    return switch (label) {
      case "synonym" -> SYNONYM;
      case "derivation" -> DERIVATION;
      default -> null;
    };
  }
}
