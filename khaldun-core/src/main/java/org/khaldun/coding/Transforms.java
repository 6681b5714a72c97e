package org.khaldun.coding;

import java.util.HashMap;
import java.util.Map;

/**
 * How wording changes an event's code, read from the {@code transform} lines of the grammar files:
 * an intent to cooperate becomes a 03x code, a refusal a 12x, a threat a 13x, following CAMEO's
 * parallel structure (036 "express intent to meet" mirrors 04 "consult"). Immutable once built.
 */
final class Transforms {
  /** Wrap modes that transform codes. */
  static final java.util.Set<WrapMode> MODES =
      java.util.EnumSet.of(
          WrapMode.INTENT,
          WrapMode.REJECT,
          WrapMode.THREATEN,
          WrapMode.HALT,
          WrapMode.ATTEMPT,
          WrapMode.APPEAL,
          WrapMode.DEMAND);

  private final Map<WrapMode, Map<String, String>> rules;

  private Transforms(Map<WrapMode, Map<String, String>> rules) {
    this.rules = rules;
  }

  /** "will visit", "agreed to send aid": the intent, or for material conflict, a threat. */
  String intent(String code) {
    return apply(WrapMode.INTENT, code);
  }

  /** "refused to meet", "would not lift the curfew": the matching rejection. */
  String reject(String code) {
    return apply(WrapMode.REJECT, code);
  }

  /** "threatened to strike": the matching threat. */
  String threaten(String code) {
    return apply(WrapMode.THREATEN, code);
  }

  /**
   * The code {@code mode} makes of {@code code}: the longest FROM (code, root, then *) decides;
   * {@code =} keeps the code; null where the mode's table says {@code -} (no event).
   */
  String apply(WrapMode mode, String code) {
    Map<String, String> table = rules.getOrDefault(mode, Map.of());
    for (String key : new String[] {code, code.substring(0, 2), "*"}) {
      String to = table.get(key);
      if (to != null) {
        return to.equals("=") ? code : to.equals("-") ? null : to;
      }
    }
    return code;
  }

  /** True for cooperation (roots 03-08), which a negated intent turns into a refusal. */
  static boolean cooperative(String code) {
    int root = Integer.parseInt(code.substring(0, 2));
    return root >= 3 && root <= 8;
  }

  /** Collects transform lines; a later line for the same mode and FROM replaces the earlier. */
  static final class Builder {
    private final Map<WrapMode, Map<String, String>> rules = new HashMap<>();

    void add(WrapMode mode, String from, String to) {
      rules.computeIfAbsent(mode, m -> new HashMap<>()).put(from, to);
    }

    Transforms build() {
      Map<WrapMode, Map<String, String>> frozen = new HashMap<>();
      rules.forEach((mode, table) -> frozen.put(mode, Map.copyOf(table)));
      return new Transforms(Map.copyOf(frozen));
    }
  }
}
