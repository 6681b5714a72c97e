package org.khaldun.lexicon.petrarch;

import java.util.Map;
import java.util.Set;

/**
 * The members of each synonym set of a verb dictionary as Khaldun nouns and as modifiers, computed
 * once per dictionary. Immutable.
 */
final class SynsetForms {
  private final Map<String, Set<String>> heads;
  private final Map<String, Set<String>> modifiers;

  SynsetForms(Map<String, Set<String>> heads, Map<String, Set<String>> modifiers) {
    this.heads = Map.copyOf(heads);
    this.modifiers = Map.copyOf(modifiers);
  }

  /** A set's members as nouns; null for an undefined set. */
  Set<String> heads(String name) {
    return heads.get(name);
  }

  /** A set's members as modifiers (a phrase member's last word); null for an undefined set. */
  Set<String> modifiers(String name) {
    return modifiers.get(name);
  }
}
