package org.khaldun.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that opens a wire report ("KHARTOUM, April 18 (Reuters) - ", "JEDDAH, Saudi Arabia,
 * March 12 -", "UNITED NATIONS/KYIV (AP) —"): where the story was filed. A parser reads it as part
 * of the first sentence and loses that sentence's structure, so the annotator hides it; the places
 * it names tell where local actors ("police", "protesters") belong. Stateless.
 *
 * @param end the character offset just after the dateline and its dash
 * @param places the places it names, in title case ("Khartoum", "Saudi Arabia")
 */
public record Dateline(int end, List<String> places) {
  private static final Pattern PATTERN =
      Pattern.compile(
          "^\\s*(?<city>[A-Z][A-Z.'’\\- ]{2,40}(?:/[A-Z][A-Z.'’\\- ]{2,40})*)"
              + "(?:,\\s*(?<region>[A-Z][A-Za-z.'’\\- ]{1,30}))?"
              + "(?:,?\\s*(?<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}"
              + "|\\d{1,2}\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*))?"
              + "\\s*(?<agency>\\([^()\\n]{1,40}\\))?"
              + "\\s*(?<dash>[-–—]{1,2})\\s+");

  public Dateline {
    places = List.copyOf(places);
  }

  /** The dateline at the start of {@code text}, or null when it has none. */
  public static Dateline find(String text) {
    Matcher m = PATTERN.matcher(text);
    if (!m.lookingAt()) {
      return null;
    }
    String city = m.group("city").strip();
    // "NATO - the alliance - met" is no dateline: without a date or an agency, a dateline is a
    // city of four letters or more before a dash and a new sentence ("KYIV - Ukraine said").
    if (m.group("date") == null
        && m.group("agency") == null
        && (city.length() < 4
            || m.end() >= text.length()
            || !Character.isUpperCase(text.charAt(m.end()))
                && text.charAt(m.end()) != '"'
                && text.charAt(m.end()) != '“')) {
      return null;
    }
    List<String> places = new ArrayList<>();
    for (String part : city.split("/")) {
      places.add(titleCase(part.strip()));
    }
    if (m.group("region") != null) {
      places.add(m.group("region").strip());
    }
    return new Dateline(m.end(), places);
  }

  private static String titleCase(String upper) {
    StringBuilder out = new StringBuilder(upper.length());
    boolean start = true;
    for (char c : upper.toLowerCase(Locale.ROOT).toCharArray()) {
      out.append(start ? Character.toUpperCase(c) : c);
      start = c == ' ' || c == '-' || c == '/' || c == '\'';
    }
    return out.toString();
  }
}
