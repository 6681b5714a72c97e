package org.khaldun.lexicon.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rewrites PETRARCH actor codes as codes Khaldun's actor files accept: a country or an
 * international prefix ({@code IGO...}, {@code NGO...}, {@code IMG}, {@code MNC}) followed by the
 * sectors Khaldun knows, at most 12 characters. Stateless.
 */
final class ActorCodes {
  /** Khaldun's sector codes (those its actor loader accepts). */
  static final Set<String> SECTORS =
      Set.of(
          "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM", "CVL",
          "LEG", "REF", "HLH", "LAB", "ELI", "HRI", "REL", "UAF", "INS", "SEP", "AGR", "ENV", "DEV",
          "MOD", "RAD", "IGO", "NGO");

  /**
   * Three-letter CAMEO codes that are not countries: sectors, religions and other social groups. A
   * code starting with one of them names no country ({@code [ELI]}, {@code [HIN]}).
   */
  private static final Set<String> NOT_COUNTRIES =
      Set.of(
          "CHR", "CTH", "PRO", "ORT", "MUS", "SUN", "SHI", "ALE", "DRZ", "SFI", "JEW", "HIN", "BUD",
          "JAN", "SIK", "ZRO", "TAO", "CON", "SHN", "BAH", "DOX", "ATH", "MOS", "ITR", "PPL", "SET",
          "UNK");

  private static final Set<String> GENERIC = Set.of("IMG", "MNC");
  private static final int MAX_LENGTH = 12;

  private ActorCodes() {}

  /** Whether {@code code} is three capital letters, as a country code is. */
  static boolean isLetters(String code) {
    return code.length() == 3 && code.chars().allMatch(c -> c >= 'A' && c <= 'Z');
  }

  /**
   * A code in Khaldun's terms.
   *
   * @param prefix the country or international prefix, or null for a code with sectors only
   * @param international true for IGO, NGO, IMG and MNC codes
   * @param sectors Khaldun sectors, in order
   * @param lossy true when sectors Khaldun does not know, or beyond 12 characters, were dropped
   */
  record Code(String prefix, boolean international, List<String> sectors, boolean lossy) {
    Code {
      sectors = List.copyOf(sectors);
    }

    /** The whole code, as igos.tsv and groups.tsv write it. */
    String text() {
      return prefix + String.join("", sectors);
    }

    /** Just a country, without sectors: a country name. */
    boolean isCountry() {
      return !international && prefix != null && sectors.isEmpty();
    }
  }

  /** The Khaldun form of {@code raw}, or null for the null code {@code ---}. */
  static Code of(String raw) {
    if (raw.equals("---") || raw.length() < 3) {
      return null;
    }
    String first = raw.substring(0, 3);
    if (first.equals("IGO") || first.equals("NGO")) {
      // Khaldun keeps an organisation's whole code: IGOUNO is not IGO with a sector UNO.
      String code = raw.length() > MAX_LENGTH ? raw.substring(0, MAX_LENGTH) : raw;
      return new Code(code, true, List.of(), code.length() < raw.length());
    }
    if (SECTORS.contains(first) || NOT_COUNTRIES.contains(first) || !isLetters(first)) {
      Sectors sectors = sectors(raw, 0);
      return new Code(null, false, sectors.kept, sectors.lossy);
    }
    Sectors sectors = sectors(raw, 3);
    return new Code(first, GENERIC.contains(first), sectors.kept, sectors.lossy);
  }

  private record Sectors(List<String> kept, boolean lossy) {}

  private static Sectors sectors(String raw, int start) {
    List<String> kept = new ArrayList<>();
    boolean lossy = (raw.length() - start) % 3 != 0;
    for (int i = start; i + 3 <= raw.length(); i += 3) {
      String sector = raw.substring(i, i + 3);
      if (SECTORS.contains(sector)
          && !kept.contains(sector)
          && 3 + 3 * (kept.size() + 1) <= MAX_LENGTH) {
        kept.add(sector);
      } else {
        lossy = true;
      }
    }
    return new Sectors(kept, lossy);
  }
}
