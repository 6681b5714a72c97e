package org.khaldun.lexicon;

/**
 * One source of dictionary files: the bundled ones, a directory of Khaldun-format files, or
 * PETRARCH dictionaries converted into Khaldun's formats. Layers are stacked by {@link
 * Dictionaries}: a later layer extends or overrides an earlier one. Immutable and thread-safe.
 */
public interface DictionaryLayer {
  /** The actor files, in the order they are loaded. */
  String[] ACTOR_FILES = {"countries.tsv", "igos.tsv", "groups.tsv", "people.tsv", "agents.tsv"};

  /** The coding files: word classes, wrappers and transforms, then the event patterns. */
  String[] CODING_FILES = {"grammar.txt", "patterns.txt"};

  /**
   * How the layer is named on the command line: {@code bundled}, {@code DIR}, {@code petrarch:DIR}.
   */
  String name();

  /**
   * The texts this layer holds for one dictionary file ({@code countries.tsv}, {@code
   * patterns.txt}, ...), in load order; empty when the layer has none.
   */
  java.util.List<DataText> texts(String file);
}
