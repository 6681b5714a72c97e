package org.khaldun;

/**
 * Root of Khaldun's small unchecked exception family. Messages say what failed, where, in which
 * state, and why, so that a user can act on them without a stack trace.
 */
public class KhaldunException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public KhaldunException(String message) {
    super(message);
  }

  public KhaldunException(String message, Throwable cause) {
    super(message, cause);
  }
}
