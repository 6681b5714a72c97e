package org.khaldun;

/** The event store failed: names the database, the operation and its state. */
public final class StoreException extends KhaldunException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
