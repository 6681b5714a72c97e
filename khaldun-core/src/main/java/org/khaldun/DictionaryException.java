package org.khaldun;

/** A dictionary, pattern or ontology file that cannot be loaded; names the file and line. */
public final class DictionaryException extends KhaldunException {
  private static final long serialVersionUID = 1L;

  public DictionaryException(String file, int line, String reason) {
    super(file + ":" + line + ": " + reason);
  }

  public DictionaryException(String file, String reason, Throwable cause) {
    super(file + ": " + reason, cause);
  }
}
