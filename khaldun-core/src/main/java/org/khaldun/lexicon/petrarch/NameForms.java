package org.khaldun.lexicon.petrarch;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes PETRARCH actor names, which are upper case ({@code BAN_KI-MOON}), in the case news text
 * uses, since Khaldun matches a name with a capital letter case-sensitively: title case ({@code Ban
 * Ki-Moon}) with lower-case connectors ({@code of}, {@code the}), abbreviations with periods kept
 * ({@code U.N.}). Further forms cover acronyms and articles: a single word of up to six letters
 * also in capitals ({@code NATO}, {@code HAMAS}); a longer name also with its words of up to three
 * letters in capitals ({@code UN Security Council}); a name starting with {@code THE} also without
 * it. Stateless.
 */
final class NameForms {
  private static final Set<String> CONNECTORS =
      Set.of(
          "of", "the", "and", "for", "in", "on", "at", "to", "de", "du", "des", "del", "della",
          "der", "den", "van", "von", "la", "le", "y", "da", "do", "dos", "das", "al");

  private static final Pattern KEPT = Pattern.compile("(?:[A-Z]\\.)+[A-Z]?|\\([A-Z0-9.&-]+\\)");

  /** The longest single word also kept in capitals, as an acronym (UNESCO, ECOWAS). */
  private static final int ACRONYM = 6;

  private NameForms() {}

  /** The phrases a name is written as in text, most usual first. */
  static List<String> forms(List<String> words) {
    Set<String> forms = new LinkedHashSet<>();
    List<String> title = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      title.add(titleWord(words.get(i), i == 0));
    }
    forms.add(String.join(" ", title));
    if (words.size() == 1 && words.get(0).length() <= ACRONYM) {
      forms.add(words.get(0));
    } else {
      // "UN Security Council", "PLA Navy": a short word inside a longer name may be an acronym.
      List<String> acronyms = new ArrayList<>(title);
      for (int i = 0; i < words.size(); i++) {
        String word = words.get(i);
        if (word.length() <= 3 && !CONNECTORS.contains(word.toLowerCase(Locale.ROOT))) {
          acronyms.set(i, word);
        }
      }
      forms.add(String.join(" ", acronyms));
    }
    if (words.size() > 1 && words.get(0).equals("THE")) {
      // "THE_EUROPEAN_UNION": in running text the article is lower case or absent.
      forms.add(String.join(" ", title.subList(1, title.size())));
    }
    return new ArrayList<>(forms);
  }

  static String titleWord(String word, boolean first) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (!first && CONNECTORS.contains(lower)) {
      return lower;
    }
    if (KEPT.matcher(word).matches()) {
      return word; // U.N., U.S.A., (AAIA)
    }
    StringBuilder out = new StringBuilder(lower.length());
    boolean start = true;
    int sinceStart = 0;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      out.append(start && Character.isLetter(c) ? Character.toUpperCase(c) : c);
      if (Character.isLetter(c)) {
        start = false;
        sinceStart++;
      }
      if (c == '-' || c == '(' || c == '/' || c == '.') {
        start = true;
        sinceStart = 0;
      } else if (c == '\'' && sinceStart == 1) {
        start = true; // O'Brien, D'Estaing; but Children's
        sinceStart = 0;
      }
    }
    String titled = out.toString();
    if (titled.length() > 3 && titled.startsWith("Mc") && Character.isLetter(titled.charAt(2))) {
      titled = "Mc" + Character.toUpperCase(titled.charAt(2)) + titled.substring(3);
    }
    return titled;
  }
}
