package org.khaldun.store.foreign;

import org.khaldun.ontology.Cameo;
import org.khaldun.ontology.CameoCode;

/** CAMEO codes as foreign event data writes them, read against Khaldun's table. Stateless. */
final class CameoCodes {
  private CameoCodes() {}

  /**
   * The code as written, or null when Khaldun's table lacks it; a two-digit code lost its leading
   * zero to a spreadsheet (43 is 043), and a four-digit one, finer than the table, is read as its
   * three-digit parent.
   */
  static CameoCode read(String written) {
    Cameo cameo = Cameo.bundled();
    String code = written.length() == 2 ? "0" + written : written;
    if (code.matches("\\d{4}") && !cameo.contains(code)) {
      code = code.substring(0, 3);
    }
    return code.matches("\\d{3}") && cameo.contains(code) ? cameo.get(code) : null;
  }
}
