package org.khaldun.lexicon.petrarch;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a PETRARCH/TABARI actor file: a name line, its {@code +} synonym lines and its
 * codes, each code with the dates it applies.
 *
 * @param names the entry's name and then its synonyms, each as its words (upper case, {@code _} and
 *     spaces separate words)
 * @param roles the codes in file order
 */
public record PhoenixActor(List<List<String>> names, List<Role> roles, SourceLine at) {
  public PhoenixActor {
    names = names.stream().map(List::copyOf).toList();
    roles = List.copyOf(roles);
    Objects.requireNonNull(at, "at");
  }

  /**
   * A code with the dates it applies, both inclusive ({@code [ISRGOV 960618-990706]} applies from
   * 1996-06-18 to 1999-07-05, since PETRARCH's end date is the first day it no longer applies).
   *
   * @param code as written ({@code ISRGOV}, {@code IGOUNO}, {@code ---})
   * @param from first day, or null when open
   * @param to last day, or null when open
   * @param text the role as written, for reports
   */
  public record Role(String code, LocalDate from, LocalDate to, String text, SourceLine at) {
    public boolean dated() {
      return from != null || to != null;
    }
  }
}
