package org.khaldun.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated news report as ingested.
 *
 * @param id stable identifier: given by the input or a hash of the text
 * @param url where it was published, or null
 * @param source the outlet (a domain or name), or null when unknown
 * @param published the publication date, or null when unknown
 * @param title the headline, or null
 * @param text the body; character offsets of every later stage refer to it
 */
public record Article(
    String id, String url, String source, LocalDate published, String title, String text) {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    if (id.isBlank()) {
      throw new IllegalArgumentException("article id is blank");
    }
  }

  /** The same article under another id (a derived one, when its own names another text). */
  public Article withId(String newId) {
    return new Article(newId, url, source, published, title, text);
  }
}
