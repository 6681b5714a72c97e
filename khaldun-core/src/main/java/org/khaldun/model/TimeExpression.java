package org.khaldun.model;

import java.util.Objects;

/**
 * A time expression found by the NLP stage, with its TIMEX3 value as normalised against the
 * publication date.
 *
 * @param start first token (inclusive)
 * @param end last token (exclusive)
 * @param text the expression as written
 * @param value TIMEX3 value such as {@code 2023-10-11}, {@code 2023-W41}, {@code PRESENT_REF}, or
 *     empty when unresolved
 * @param type TIMEX3 type: DATE, TIME, DURATION or SET
 */
public record TimeExpression(int start, int end, String text, String value, String type) {
  public TimeExpression {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(type, "type");
    if (end <= start) {
      throw new IllegalArgumentException("empty time expression " + text);
    }
  }

  public boolean covers(int token) {
    return token >= start && token < end;
  }
}
