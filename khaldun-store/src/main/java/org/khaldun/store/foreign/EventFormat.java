package org.khaldun.store.foreign;

import org.khaldun.store.CodedArticle;

/**
 * A foreign event data format: each data line of a file in it becomes one event record of the
 * store, held as a {@link CodedArticle} with one mention, so the store's admission, ids and
 * deduplication treat it as they treat Khaldun's own. Implementations are stateless.
 */
public interface EventFormat {
  /** The name {@code import --format} takes. */
  String name();

  /** Whether the first line of a file names the columns; else it is data. */
  default boolean hasHeader() {
    return true;
  }

  /**
   * The reader of the data lines of {@code file} whose first line is {@code header} (null when the
   * format has none); an {@link org.khaldun.InputException} naming line 1 when the header is not
   * this format's.
   */
  Rows rows(String file, String header);

  /** Reads the data lines of one file. */
  interface Rows {
    /**
     * The event record of line {@code line}, or an {@link org.khaldun.InputException} naming the
     * file, the line and why it cannot be one.
     */
    CodedArticle read(int line, String text);
  }
}
