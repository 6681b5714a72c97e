package org.khaldun.lexicon.petrarch;

import java.util.List;

/**
 * One element of a PETRARCH verb pattern ({@code - words * words [code]}), as written: words,
 * {@code {...}} noun phrases, {@code (PREP ...)} prepositional phrases, synonym-set references and
 * the markers {@code $} (source), {@code +} (target), {@code ^} (skip words) and {@code %}
 * (compound actor).
 */
public sealed interface PatternElement {

  /**
   * A word; words joined by {@code _} in the file ({@code DEBT_RELIEF}) are a phrase and read as
   * {@link Phrase}. Upper case as written.
   */
  record Word(String text) implements PatternElement {}

  /** {@code {A B C}}: a noun phrase whose last element is its head. */
  record Phrase(List<PatternElement> parts) implements PatternElement {
    public Phrase {
      parts = List.copyOf(parts);
    }
  }

  /** {@code (PREP ...)}: a prepositional phrase; {@code objects} may be empty ({@code (TO)}). */
  record Prep(String preposition, List<PatternElement> objects) implements PatternElement {
    public Prep {
      objects = List.copyOf(objects);
    }
  }

  /** {@code &NAME}: any member of a synonym set. */
  record SetRef(String name) implements PatternElement {}

  /** {@code $}: where the source actor is. */
  record Source() implements PatternElement {}

  /** {@code +}: where the target actor is. */
  record Target() implements PatternElement {}

  /** {@code ^}: skip words. */
  record Skip() implements PatternElement {}

  /** {@code %}: a compound actor. */
  record Compound() implements PatternElement {}
}
