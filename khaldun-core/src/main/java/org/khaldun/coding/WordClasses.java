package org.khaldun.coding;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Named word classes from the grammar files ({@code class speech say|tell|...}): the closed lists
 * the coder's rules read (speech verbs, modals, negations, ...) and lists patterns share through
 * {@code @name}. A class defined again in a later file replaces the earlier one. Immutable once
 * frozen.
 */
public final class WordClasses {
  private final Map<String, Set<String>> classes;

  WordClasses(Map<String, Set<String>> classes) {
    this.classes = classes;
  }

  /** The words of a class; empty when no grammar file defines it. */
  public Set<String> get(String name) {
    return classes.getOrDefault(name, Set.of());
  }

  public boolean contains(String name, String word) {
    return get(name).contains(word);
  }

  public boolean isDefined(String name) {
    return classes.containsKey(name);
  }

  public Set<String> names() {
    return classes.keySet();
  }

  /** A mutable collection of classes while files are parsed. */
  static final class Builder {
    private final Map<String, Set<String>> classes = new HashMap<>();

    void define(String name, Set<String> words) {
      classes.put(name, java.util.Collections.unmodifiableSet(new LinkedHashSet<>(words)));
    }

    Set<String> lookup(String name) {
      return classes.get(name);
    }

    WordClasses freeze() {
      return new WordClasses(Map.copyOf(classes));
    }
  }
}
