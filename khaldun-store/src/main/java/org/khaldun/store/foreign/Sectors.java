package org.khaldun.store.foreign;

import java.util.List;
import java.util.Locale;

/**
 * Sector names of foreign event data ({@code Government}, {@code Military}, {@code Police}, {@code
 * Protestors / Popular Opposition / Mobs}) to the CAMEO agent code Khaldun's own actors carry. Of
 * several sectors the most specific wins (a military that is also government is MIL), as Khaldun
 * puts the most specific first; sectors with no CAMEO agent code (ethnic, citizen) give none.
 * Stateless.
 */
final class Sectors {
  private Sectors() {}

  /** Word stems and their agent code, most specific first. */
  private static final List<String[]> STEMS =
      List.of(
          new String[] {"military", "MIL"},
          new String[] {"army", "MIL"},
          new String[] {"navy", "MIL"},
          new String[] {"air force", "MIL"},
          new String[] {"armed forces", "MIL"},
          new String[] {"police", "COP"},
          new String[] {"intelligence", "SPY"},
          new String[] {"judicia", "JUD"},
          new String[] {"court", "JUD"},
          new String[] {"legislat", "LEG"},
          new String[] {"parliament", "LEG"},
          new String[] {"rebel", "REB"},
          new String[] {"insurgen", "INS"},
          new String[] {"separatist", "SEP"},
          new String[] {"part", "PTY"},
          new String[] {"opposition", "OPP"},
          new String[] {"protest", "OPP"},
          new String[] {"dissident", "OPP"},
          new String[] {"human rights", "HRI"},
          new String[] {"business", "BUS"},
          new String[] {"media", "MED"},
          new String[] {"education", "EDU"},
          new String[] {"religio", "REL"},
          new String[] {"health", "HLH"},
          new String[] {"medical", "HLH"},
          new String[] {"refugee", "REF"},
          new String[] {"criminal", "CRM"},
          new String[] {"labor", "LAB"},
          new String[] {"labour", "LAB"},
          new String[] {"agricultur", "AGR"},
          new String[] {"environment", "ENV"},
          new String[] {"government", "GOV"},
          new String[] {"executive", "GOV"},
          new String[] {"cabinet", "GOV"},
          new String[] {"ministry", "GOV"},
          new String[] {"elite", "ELI"});

  /** The agent code of a comma-separated list of sector names, or null when none maps. */
  static String of(String sectors) {
    String lower = sectors.toLowerCase(Locale.ROOT);
    for (String[] stem : STEMS) {
      for (String sector : lower.split(",")) {
        if (stem[0].equals("part") ? isParty(sector) : sector.contains(stem[0])) {
          return stem[1];
        }
      }
    }
    return null;
  }

  /** "Parties", "Party", "Political Party": not "partisan" or "department". */
  private static boolean isParty(String sector) {
    return sector.matches(".*\\bpart(y|ies)\\b.*");
  }
}
