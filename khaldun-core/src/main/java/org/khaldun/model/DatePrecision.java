package org.khaldun.model;

import java.util.Locale;

/** How precisely a text expression fixed an event date ("on Sunday" vs "in March"). */
public enum DatePrecision {
  DAY,
  WEEK,
  MONTH,
  YEAR;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
