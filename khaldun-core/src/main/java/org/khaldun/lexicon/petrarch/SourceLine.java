package org.khaldun.lexicon.petrarch;

import java.util.Objects;

/**
 * Where a PETRARCH record was read: the file's name (without its directory, so that reports and
 * converted texts carry no machine paths) and the 1-based line.
 */
public record SourceLine(String file, int line) {
  public SourceLine {
    Objects.requireNonNull(file, "file");
    if (line < 1) {
      throw new IllegalArgumentException("line numbers start at 1, not " + line);
    }
  }

  /** {@code file:line}, as errors and provenance comments write it. */
  @Override
  public String toString() {
    return file + ":" + line;
  }
}
