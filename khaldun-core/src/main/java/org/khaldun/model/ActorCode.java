package org.khaldun.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A CAMEO-style actor code: a country (ISO 3166-1 alpha-3) or an international prefix such as
 * {@code IGOUNO} or {@code IMG}, followed by sector codes.
 *
 * @param prefix the ISO code or the international prefix
 * @param country the ISO code, or null for an international actor
 * @param sectors three-letter sector codes such as GOV or MIL, most specific first
 */
public record ActorCode(String prefix, String country, List<String> sectors) {
  public ActorCode {
    Objects.requireNonNull(prefix, "prefix");
    sectors = List.copyOf(sectors);
    if (country != null && !country.equals(prefix)) {
      throw new IllegalArgumentException("country " + country + " differs from prefix " + prefix);
    }
  }

  public static ActorCode country(String iso3, String... sectors) {
    return new ActorCode(iso3, iso3, List.of(sectors));
  }

  public static ActorCode international(String prefix, String... sectors) {
    return new ActorCode(prefix, null, List.of(sectors));
  }

  /** Parses codes such as {@code IRNGOV}, {@code IGOUNO} or {@code IMGREB}. */
  public static ActorCode parse(String code, boolean international, int prefixLength) {
    String prefix = code.substring(0, prefixLength);
    List<String> sectors = new ArrayList<>();
    for (int i = prefixLength; i + 3 <= code.length(); i += 3) {
      sectors.add(code.substring(i, i + 3));
    }
    return new ActorCode(prefix, international ? null : prefix, sectors);
  }

  /** The full code, for example {@code IRNGOV}. */
  public String code() {
    return prefix + String.join("", sectors);
  }

  public boolean isInternational() {
    return country == null;
  }

  public boolean hasSector() {
    return !sectors.isEmpty();
  }

  public ActorCode withSectors(List<String> newSectors) {
    return new ActorCode(prefix, country, newSectors);
  }

  @Override
  public String toString() {
    return code();
  }
}
