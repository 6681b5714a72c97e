package org.khaldun.ontology;

import java.util.Objects;

/**
 * One CAMEO event code with its PLOVER counterpart.
 *
 * @param code two or three digits, e.g. {@code 04} or {@code 041}
 * @param name the CAMEO name, e.g. "Discuss by telephone"
 * @param goldstein the Goldstein conflict-cooperation weight (-10..10)
 * @param plover the PLOVER event type, or null where PLOVER has none (plain statements)
 * @param mode the PLOVER mode, or null
 */
public record CameoCode(String code, String name, double goldstein, String plover, String mode) {
  public CameoCode {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    if (!code.matches("(0[1-9]|1[0-9]|20)[0-9]?")) {
      throw new IllegalArgumentException("not a CAMEO code: " + code);
    }
    if (goldstein < -10 || goldstein > 10) {
      throw new IllegalArgumentException(
          "Goldstein weight out of range for " + code + ": " + goldstein);
    }
  }

  /** The two-digit root. */
  public String root() {
    return code.substring(0, 2);
  }

  /**
   * QuadClass in GDELT's convention: 1 verbal cooperation (01-05), 2 material cooperation (06-09),
   * 3 verbal conflict (10-14), 4 material conflict (15-20).
   */
  public int quadClass() {
    int root = Integer.parseInt(root());
    if (root <= 5) {
      return 1;
    }
    if (root <= 9) {
      return 2;
    }
    return root <= 14 ? 3 : 4;
  }

  @Override
  public String toString() {
    return code + " " + name;
  }
}
