package org.khaldun.lexicon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.khaldun.DictionaryException;
import org.khaldun.lexicon.petrarch.PetrarchLayer;

/**
 * The stack of dictionary layers Khaldun codes with, parsed from the {@code --dictionaries} option:
 * a comma-separated list of {@code bundled}, {@code petrarch:DIR} (PETRARCH/TABARI-format verb,
 * actor and agent dictionaries) and {@code DIR} (Khaldun-format files). Later layers extend and
 * override earlier ones. Without {@code bundled} in the list, the bundled dictionaries still come
 * first for plain directories (which extend them), but not for PETRARCH layers, which then code
 * alone. Immutable.
 */
public final class Dictionaries {
  private static final Dictionaries BUNDLED = new Dictionaries(List.of(BundledLayer.INSTANCE));

  private final List<DictionaryLayer> layers;

  private Dictionaries(List<DictionaryLayer> layers) {
    this.layers = List.copyOf(layers);
  }

  public static Dictionaries bundled() {
    return BUNDLED;
  }

  public static Dictionaries of(List<DictionaryLayer> layers) {
    if (layers.isEmpty()) {
      throw new IllegalArgumentException("no dictionary layers");
    }
    return new Dictionaries(layers);
  }

  /**
   * Parses a {@code --dictionaries} value such as {@code bundled,petrarch:dicts/petrarch2} or
   * {@code my-dicts}. Errors name the layer that cannot be read.
   */
  public static Dictionaries parse(String spec) {
    if (spec == null || spec.isBlank()) {
      return BUNDLED;
    }
    List<DictionaryLayer> layers = new ArrayList<>();
    boolean bundled = false;
    boolean petrarch = false;
    for (String part : spec.split(",")) {
      String item = part.strip();
      if (item.isEmpty()) {
        throw new DictionaryException(spec, "empty entry in the dictionary list", null);
      }
      if (item.equals("bundled")) {
        bundled = true;
        layers.add(BundledLayer.INSTANCE);
      } else if (item.startsWith("petrarch:")) {
        petrarch = true;
        String directory = item.substring("petrarch:".length());
        if (directory.isEmpty()) {
          throw new DictionaryException(item, "petrarch: needs a directory", null);
        }
        layers.add(new PetrarchLayer(Path.of(directory)));
      } else {
        layers.add(new DirectoryLayer(Path.of(item)));
      }
    }
    if (!bundled && !petrarch) {
      layers.add(0, BundledLayer.INSTANCE);
    }
    if (layers.equals(BUNDLED.layers)) {
      return BUNDLED;
    }
    return new Dictionaries(layers);
  }

  public List<DictionaryLayer> layers() {
    return layers;
  }

  public boolean isBundledOnly() {
    return this == BUNDLED || layers.equals(BUNDLED.layers);
  }

  /** The texts for one file name from every layer, in load order. */
  public List<DataText> texts(String file) {
    List<DataText> texts = new ArrayList<>();
    for (DictionaryLayer layer : layers) {
      texts.addAll(layer.texts(file));
    }
    return texts;
  }

  /** How the stack is written on the command line. */
  @Override
  public String toString() {
    List<String> names = new ArrayList<>();
    for (DictionaryLayer layer : layers) {
      names.add(layer.name());
    }
    return String.join(",", names);
  }
}
