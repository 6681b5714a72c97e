package org.khaldun.model;

import java.util.Objects;

/**
 * A record that could not be processed, kept as data so the batch goes on.
 *
 * @param source the file (or {@code -}) it came from
 * @param line 1-based line or record number, 0 for a whole file
 * @param articleId the article id when known, else null
 * @param stage the stage that rejected it: ingest, nlp, coding
 * @param reason why, in words a user can act on
 */
public record Rejected(String source, int line, String articleId, String stage, String reason) {
  public Rejected {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(reason, "reason");
  }

  /** The {@code file:line: reason} form used in messages and the rejects file. */
  public String describe() {
    return (line > 0 ? source + ":" + line : source) + ": [" + stage + "] " + reason;
  }
}
