package org.khaldun.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.khaldun.lexicon.BundledLayer;
import org.khaldun.lexicon.DataText;
import org.khaldun.lexicon.Dictionaries;
import org.khaldun.ontology.Cameo;

/**
 * The event patterns, word classes and complement-taking verbs, loaded once from the {@code
 * grammar.txt} and {@code patterns.txt} texts of a {@link Dictionaries} stack (formats documented
 * at the top of the bundled files); the bundled grammar is always read first. Patterns are indexed
 * by trigger word, most specific first; of equally specific patterns, the one from the later layer
 * comes first. Immutable and thread-safe.
 */
public final class PatternBook {
  private static final class Bundled {
    static final PatternBook INSTANCE = fromLayers(Dictionaries.bundled(), Cameo.bundled());
  }

  private final Map<String, List<Pattern>> verbs;
  private final Map<String, List<Pattern>> nouns;
  private final Map<String, WrapMode> wrappers;
  private final WordClasses classes;
  private final Grammar grammar;
  private final Transforms transforms;
  private final List<Pattern> all;

  private PatternBook(PatternParser parser) {
    this.verbs = freeze(parser.verbs);
    this.nouns = freeze(parser.nouns);
    this.wrappers = Map.copyOf(parser.wrappers);
    this.classes = parser.classes.freeze();
    this.grammar = new Grammar(classes);
    this.transforms = parser.transforms.build();
    this.all = List.copyOf(parser.all);
  }

  private static Map<String, List<Pattern>> freeze(Map<String, List<Pattern>> index) {
    Comparator<Pattern> order =
        Comparator.comparingInt(Pattern::specificity).thenComparingInt(Pattern::rank).reversed();
    Map<String, List<Pattern>> frozen = new HashMap<>();
    index.forEach(
        (key, list) -> {
          List<Pattern> sorted = new ArrayList<>(list);
          sorted.sort(order);
          frozen.put(key, List.copyOf(sorted));
        });
    return Map.copyOf(frozen);
  }

  public static PatternBook bundled() {
    return Bundled.INSTANCE;
  }

  /** The patterns of every layer of {@code dictionaries}, grammar files first. */
  public static PatternBook load(Dictionaries dictionaries, Cameo cameo) {
    return dictionaries.isBundledOnly() && cameo == Cameo.bundled()
        ? bundled()
        : fromLayers(dictionaries, cameo);
  }

  private static PatternBook fromLayers(Dictionaries dictionaries, Cameo cameo) {
    PatternParser parser = new PatternParser(cameo);
    if (!dictionaries.layers().get(0).equals(BundledLayer.INSTANCE)) {
      // The grammar is how the coder reads English, not a dictionary: PETRARCH's verbs alone
      // still need it. A layer's own grammar.txt extends it.
      for (DataText text : BundledLayer.INSTANCE.texts("grammar.txt")) {
        parser.parse(text.origin(), text.text(), -1);
      }
    }
    int rank = 0;
    for (var layer : dictionaries.layers()) {
      for (String file : new String[] {"grammar.txt", "patterns.txt"}) {
        for (DataText text : layer.texts(file)) {
          parser.parse(text.origin(), text.text(), rank);
        }
      }
      rank++;
    }
    return new PatternBook(parser);
  }

  List<Pattern> verbPatterns(String lemma) {
    return verbs.getOrDefault(lemma, List.of());
  }

  List<Pattern> nounPatterns(String lemma) {
    return nouns.getOrDefault(lemma, List.of());
  }

  WrapMode wrapper(String lemma) {
    return wrappers.get(lemma);
  }

  Grammar grammar() {
    return grammar;
  }

  Transforms transforms() {
    return transforms;
  }

  /** The word classes of the grammar files ({@code class NAME ...} lines). */
  public WordClasses classes() {
    return classes;
  }

  public int size() {
    return all.size();
  }

  /** Every trigger word of every pattern, in file order. */
  public List<TriggerEntry> triggers() {
    List<TriggerEntry> entries = new ArrayList<>();
    for (Pattern pattern : all) {
      for (String word : pattern.triggers()) {
        entries.add(
            new TriggerEntry(
                pattern.code(),
                pattern.noun(),
                word,
                pattern.name(),
                pattern.line(),
                pattern.definition()));
      }
    }
    return entries;
  }

  /** Verbs are indexed by the lemma before any particle: call_off under call. */
  static String verbKey(String word) {
    int underscore = word.indexOf('_');
    return underscore > 0 ? word.substring(0, underscore) : word;
  }

  /** Nouns are indexed by their head: phone-call under call, state-of-emergency under state. */
  static String nounKey(String word) {
    String[] parts = word.split("-");
    if (parts.length == 3 && parts[1].equals("of")) {
      return parts[0];
    }
    return parts[parts.length - 1];
  }
}
