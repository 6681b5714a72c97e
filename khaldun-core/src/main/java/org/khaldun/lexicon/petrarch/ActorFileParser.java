package org.khaldun.lexicon.petrarch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.khaldun.lexicon.petrarch.PhoenixActor.Role;

/**
 * Reads a PETRARCH/TABARI actor file: an entry is a name line, optionally with its codes inline
 * ({@code AFGHANISTAN_ [AFG]}), followed by {@code +SYNONYM} lines and by code lines ({@code
 * [ISRGOV 960618-990706]}, {@code [ISRGOV >090401]}, {@code [USAGOV <010120]}, {@code [ISRELI]}),
 * usually indented. A line or code it cannot read is reported and skipped. Stateless.
 */
final class ActorFileParser {
  private static final Pattern GROUP = Pattern.compile("\\[([^\\[\\]]*)\\]");
  private static final Pattern WORD_BREAK = Pattern.compile("[_\\s]+");
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{2,}|---");

  private ActorFileParser() {}

  static List<PhoenixActor> parse(String file, String text, PetrarchReport.Builder report) {
    List<PhoenixActor> actors = new ArrayList<>();
    List<List<String>> names = null;
    List<Role> roles = null;
    SourceLine start = null;
    for (SourceText.Line line : SourceText.of(file, text).lines()) {
      String content = line.content().strip();
      SourceLine at = line.at();
      boolean codes = content.startsWith("[");
      boolean synonym = content.startsWith("+");
      if ((codes || synonym) && names == null) {
        report.unreadable("code or synonym line before any actor", at, content);
        continue;
      }
      int bracket = content.indexOf('[');
      String name = (bracket < 0 ? content : content.substring(0, bracket));
      List<Role> inline = new ArrayList<>();
      if (bracket >= 0 && !roles(content.substring(bracket), at, inline, report)) {
        continue;
      }
      if (codes) {
        roles.addAll(inline);
        continue;
      }
      List<String> words = words(synonym ? name.substring(1) : name);
      if (words.isEmpty()) {
        report.unreadable("actor line without a name", at, content);
        continue;
      }
      if (synonym) {
        names.add(words);
        roles.addAll(inline);
        continue;
      }
      if (names != null) {
        actors.add(new PhoenixActor(names, roles, start));
      }
      names = new ArrayList<>();
      names.add(words);
      roles = new ArrayList<>(inline);
      start = at;
    }
    if (names != null) {
      actors.add(new PhoenixActor(names, roles, start));
    }
    return actors;
  }

  /** A name's words: {@code _} and white space separate them. */
  static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    for (String word : WORD_BREAK.split(name.strip())) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  /**
   * Reads the {@code [...]} groups at the start of {@code text} into {@code into}; false (after
   * reporting) when there are none. Text after them is ignored and reported; a group that is not a
   * code with dates is reported and skipped.
   */
  private static boolean roles(
      String text, SourceLine at, List<Role> into, PetrarchReport.Builder report) {
    Matcher m = GROUP.matcher(text);
    int end = 0;
    List<String> groups = new ArrayList<>();
    while (m.find()) {
      if (!text.substring(end, m.start()).isBlank()) {
        break;
      }
      groups.add(m.group(1).strip());
      end = m.end();
    }
    if (groups.isEmpty()) {
      report.unreadable("no [code] after the [ of an actor line", at, text);
      return false;
    }
    if (!text.substring(end).isBlank()) {
      report.approximated("text after an actor's [codes] ignored", at, text);
    }
    for (String group : groups) {
      try {
        into.add(role(group, at));
      } catch (IllegalArgumentException e) {
        report.unreadable("unreadable actor code: " + e.getMessage(), at, "[" + group + "]");
      }
    }
    return true;
  }

  private static Role role(String group, SourceLine at) {
    // "[EGYGOV > 140608]": a space after the > or < is still one date.
    String[] parts = group.replaceAll("([<>])\\s+", "$1").split("\\s+");
    if (parts[0].isEmpty() || !CODE.matcher(parts[0]).matches()) {
      throw new IllegalArgumentException("'" + parts[0] + "' is not a code");
    }
    if (parts.length > 2) {
      throw new IllegalArgumentException("more than one date range");
    }
    LocalDate from = null;
    LocalDate to = null;
    if (parts.length == 2) {
      String dates = parts[1];
      if (dates.startsWith(">")) {
        from = PetrarchDates.parse(dates.substring(1));
      } else if (dates.startsWith("<")) {
        to = PetrarchDates.parse(dates.substring(1)).minusDays(1);
      } else if (dates.indexOf('-') > 0) {
        from = PetrarchDates.parse(dates.substring(0, dates.indexOf('-')));
        // PETRARCH's end date is exclusive: the role applies before it.
        LocalDate end = PetrarchDates.parse(dates.substring(dates.indexOf('-') + 1));
        if (end.isBefore(from)) {
          throw new IllegalArgumentException("the role ends before it begins");
        }
        // A role that ends the day it begins held for that day.
        to = end.equals(from) ? end : end.minusDays(1);
      } else {
        from = PetrarchDates.parse(dates);
      }
    }
    return new Role(parts[0], from, to, "[" + group + "]", at);
  }
}
