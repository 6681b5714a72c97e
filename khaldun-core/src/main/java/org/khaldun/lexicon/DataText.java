package org.khaldun.lexicon;

import java.util.Objects;

/**
 * The text of one dictionary file as a layer supplies it.
 *
 * @param origin where it came from, as errors should name it: a path, a resource, or a converted
 *     origin such as {@code petrarch:DIR/CAMEO.2.0.txt (converted)}
 * @param text the file's whole text
 */
public record DataText(String origin, String text) {
  public DataText {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(text, "text");
  }
}
