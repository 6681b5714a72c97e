package org.khaldun.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.khaldun.model.ActorCode;

/** What a dictionary phrase denotes. */
sealed interface Lexeme {

  /** How a country is referred to; a seat of power stands for its government. */
  enum Form {
    NAME,
    ADJECTIVE,
    PEOPLE,
    SEAT,
    PLACE
  }

  /** A country by name, adjective, people, seat of power or place within it. */
  record Country(String iso3, Form form) implements Lexeme {}

  /** An international organisation, NGO or armed group, valid between two dates (either open). */
  record Organisation(ActorCode code, String name, LocalDate from, LocalDate to) implements Lexeme {
    boolean validOn(LocalDate date) {
      return date == null
          || ((from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to)));
    }
  }

  /** A known person with the roles they held. */
  record Person(String name, List<Role> roles) implements Lexeme {
    public Person {
      Objects.requireNonNull(name, "name");
      roles = List.copyOf(roles);
    }

    /**
     * The code on {@code date}: the role held then; otherwise the person's country without a sector
     * (a former president is still from their country). Without a date, the latest role's country.
     */
    ActorCode codeOn(LocalDate date) {
      Role latest = roles.get(0);
      for (Role role : roles) {
        if (date != null && role.holds(date)) {
          return role.code();
        }
        if (role.from() != null && latest.from() != null && role.from().isAfter(latest.from())) {
          latest = role;
        }
      }
      return latest.code().withSectors(List.of());
    }
  }

  /**
   * A role held between two dates.
   *
   * @param to last day in office, or null while still in office
   */
  record Role(ActorCode code, String title, LocalDate from, LocalDate to) {
    boolean holds(LocalDate date) {
      return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
  }

  /** How an agent word is used. */
  enum AgentKind {
    /** Stands before a name: "President", "Foreign Minister". */
    TITLE,
    /** An agent on its own: "the army", "protesters". */
    NOUN,
    /** A place noun that makes a nationality adjective name a country: "the Syrian capital". */
    PLACE
  }

  /** A title, agent noun or place noun with the sectors it gives (possibly none). */
  record Agent(List<String> sectors, AgentKind kind) implements Lexeme {
    public Agent {
      sectors = List.copyOf(sectors);
    }
  }
}
