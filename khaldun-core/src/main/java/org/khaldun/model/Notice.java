package org.khaldun.model;

import java.util.Objects;

/**
 * Something a run did on its own that the user should hear about but that lost nothing: a file that
 * is not an article left aside, a repeated article skipped, an article read under a derived id.
 *
 * @param source the file (or {@code -}) it concerns
 * @param line 1-based line or record number, 0 for a whole file
 * @param articleId the article id when there is one, else null
 * @param kind a short word to group notices by: {@code skipped}, {@code duplicate}, {@code renamed}
 * @param message what happened, in words a user can act on
 */
public record Notice(String source, int line, String articleId, String kind, String message) {
  public Notice {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
  }

  /** The {@code file:line: message} form used on the console. */
  public String describe() {
    return (line > 0 ? source + ":" + line : source) + ": " + message;
  }
}
