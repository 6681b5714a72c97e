package org.khaldun.model;

import java.util.Objects;

/**
 * The words that express an event, such as "phone call" or "accused".
 *
 * @param text the trigger as written
 * @param token index of the trigger's head token in its sentence
 * @param begin character offset in the article
 * @param end character offset after the trigger
 */
public record Trigger(String text, int token, int begin, int end) {
  public Trigger {
    Objects.requireNonNull(text, "text");
  }
}
