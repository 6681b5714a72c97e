package org.khaldun.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.khaldun.DictionaryException;

/**
 * The dictionaries that ship with Khaldun, read from the class path. The event patterns are several
 * files (hand-written patterns, WordNet expansions, entries derived from PETRARCH) that together
 * stand for {@code patterns.txt}.
 */
public final class BundledLayer implements DictionaryLayer {
  public static final BundledLayer INSTANCE = new BundledLayer();

  private static final String ACTORS = "org/khaldun/actors/";
  private static final String CODING = "org/khaldun/coding/";

  /** Bundled resources standing for each file name, in load order. */
  private static final Map<String, List<String>> RESOURCES =
      Map.of(
          "countries.tsv", List.of(ACTORS + "countries.tsv"),
          "igos.tsv", List.of(ACTORS + "igos.tsv"),
          "groups.tsv", List.of(ACTORS + "groups.tsv"),
          "people.tsv", List.of(ACTORS + "people.tsv"),
          "agents.tsv", List.of(ACTORS + "agents.tsv"),
          "grammar.txt", List.of(CODING + "grammar.txt"),
          "patterns.txt", List.of(CODING + "patterns.txt", CODING + "wordnet.txt"));

  private BundledLayer() {}

  @Override
  public String name() {
    return "bundled";
  }

  @Override
  public List<DataText> texts(String file) {
    List<DataText> texts = new ArrayList<>();
    for (String resource : RESOURCES.getOrDefault(file, List.of())) {
      texts.add(new DataText(resource, read(resource)));
    }
    return texts;
  }

  /** A bundled resource's text; it must exist. */
  public static String read(String resource) {
    try (InputStream in = BundledLayer.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new DictionaryException(
            resource, "bundled data file not found on the class path", null);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new DictionaryException(resource, "cannot read bundled data file", e);
    }
  }
}
