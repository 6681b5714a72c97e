package org.khaldun.model;

import java.util.Locale;

/** Where an event's date came from. */
public enum DateBasis {
  /** A time expression in the event's clause, resolved against the publication date. */
  TEXT,
  /** No usable time expression: the publication date stands in. */
  PUBLISHED,
  /** Neither a time expression nor a publication date. */
  NONE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static DateBasis fromLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
