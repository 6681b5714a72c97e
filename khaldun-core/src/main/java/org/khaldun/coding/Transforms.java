package org.khaldun.coding;

/**
 * How wording changes an event's code: an intent to cooperate becomes a 03x code, a refusal a 12x,
 * a threat a 13x. The mappings follow CAMEO's own parallel structure (036 "express intent to meet"
 * mirrors 04 "consult", 125 "reject proposal to meet" mirrors it too).
 */
final class Transforms {
  private Transforms() {}

  /** "will visit", "agreed to send aid": the intent, or for material conflict, a threat. */
  static String intent(String code) {
    int root = root(code);
    return switch (root) {
      case 3, 13 -> code;
      case 1, 2, 9, 10, 11, 12 -> code;
      case 4 -> "036";
      case 5 -> code.equals("057") ? "030" : "032";
      case 6 -> "031";
      case 7 -> "033";
      case 8 -> "035";
      case 14 -> "133";
      case 16 -> "131";
      case 17 -> code.equals("172") ? "132" : "130";
      default -> "138";
    };
  }

  /** "refused to meet", "would not lift the curfew": the matching rejection. */
  static String reject(String code) {
    int root = root(code);
    return switch (root) {
      case 3 -> "120";
      case 4 -> "125";
      case 6 -> "121";
      case 7 -> "122";
      case 8 -> "124";
      case 12 -> code;
      default -> "120";
    };
  }

  /** "threatened to strike": the matching threat. */
  static String threaten(String code) {
    int root = root(code);
    return switch (root) {
      case 13 -> code;
      case 14 -> "133";
      case 16 ->
          code.equals("164")
              ? "134"
              : code.equals("165") ? "135" : code.equals("166") ? "136" : "131";
      case 17 -> code.equals("172") ? "132" : "137";
      case 15, 18, 19, 20 -> "138";
      default -> "130";
    };
  }

  /** True for cooperation (roots 03-08), which a negated intent turns into a refusal. */
  static boolean cooperative(String code) {
    int root = root(code);
    return root >= 3 && root <= 8;
  }

  static int root(String code) {
    return Integer.parseInt(code.substring(0, 2));
  }
}
