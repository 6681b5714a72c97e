package org.khaldun.store.foreign;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.khaldun.model.ActorCode;
import org.khaldun.util.DataFile;

/**
 * Country and organisation names as foreign event data writes them, to Khaldun's actor codes:
 * countries by the names column of the bundled {@code countries.tsv} (ISO 3166-1 alpha-3),
 * international organisations by the names of {@code igos.tsv}. Matching ignores case, and an
 * inverted name ({@code Korea, Republic of}) is read in its usual order. Immutable, thread-safe.
 */
final class ActorNames {
  private static final ActorNames BUNDLED = new ActorNames();

  private final Map<String, String> countries = new HashMap<>();
  private final Map<String, String> organisations = new HashMap<>();

  private ActorNames() {
    for (DataFile.Row row : DataFile.resource("org/khaldun/actors/countries.tsv").rows()) {
      for (String name : row.list(1)) {
        countries.putIfAbsent(key(name), row.field(0));
      }
    }
    for (DataFile.Row row : DataFile.resource("org/khaldun/actors/igos.tsv").rows()) {
      for (String name : row.list(1)) {
        organisations.putIfAbsent(key(name), row.field(0));
      }
    }
  }

  static ActorNames bundled() {
    return BUNDLED;
  }

  /** The ISO code of the country named, or null. */
  String country(String name) {
    return lookup(countries, name);
  }

  /** The code of the international organisation named (such as {@code IGOUNO}), or null. */
  ActorCode organisation(String name) {
    String code = lookup(organisations, name);
    return code == null ? null : ActorCode.international(code);
  }

  private static String lookup(Map<String, String> names, String name) {
    String found = names.get(key(name));
    if (found == null) {
      String usual = uninverted(name);
      found = usual == null ? null : names.get(key(usual));
    }
    return found;
  }

  /** {@code Korea, Republic of} as {@code Republic of Korea}, or null for a name without comma. */
  static String uninverted(String name) {
    int comma = name.indexOf(',');
    if (comma < 0 || name.indexOf(',', comma + 1) >= 0) {
      return null;
    }
    return name.substring(comma + 1).strip() + " " + name.substring(0, comma).strip();
  }

  private static String key(String name) {
    return String.join(" ", List.of(name.strip().split("\\s+"))).toLowerCase(Locale.ROOT);
  }
}
