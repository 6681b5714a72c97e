package org.khaldun.wordnet;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One WordNet synset as the expander sees it.
 *
 * @param pos its part of speech
 * @param offset its offset in the WordNet 3.1 data file, which identifies it within the part of
 *     speech
 * @param lexFile its lexicographer file ({@code verb.competition}, {@code noun.act}, ...)
 * @param gloss its definition and examples, as WordNet writes them
 * @param lemmas its lemmas, in WordNet order
 */
public record Meaning(Pos pos, long offset, String lexFile, String gloss, List<String> lemmas) {
  public Meaning {
    Objects.requireNonNull(pos, "pos");
    lemmas = List.copyOf(lemmas);
  }

  /** The synset's identifier in WordNet 3.1: part of speech and offset ({@code v01126313}). */
  public String id() {
    return String.format(Locale.ROOT, "%s%08d", pos == Pos.VERB ? "v" : "n", offset);
  }

  /** The definition alone, without the quoted examples that follow it. */
  public String definition() {
    int examples = gloss.indexOf("; \"");
    String text = examples >= 0 ? gloss.substring(0, examples) : gloss;
    return text.strip();
  }
}
