package org.khaldun;

/** Bad input: names the source (file, stdin) and the line or record where it went wrong. */
public final class InputException extends KhaldunException {
  private static final long serialVersionUID = 1L;
  private final String source;
  private final int line;

  /**
   * @param source file name or {@code -} for standard input
   * @param line 1-based line or record number, or 0 when the whole source is at fault
   */
  public InputException(String source, int line, String reason) {
    super(line > 0 ? source + ":" + line + ": " + reason : source + ": " + reason);
    this.source = source;
    this.line = line;
  }

  public InputException(String source, int line, String reason, Throwable cause) {
    super(line > 0 ? source + ":" + line + ": " + reason : source + ": " + reason, cause);
    this.source = source;
    this.line = line;
  }

  public String source() {
    return source;
  }

  public int line() {
    return line;
  }
}
