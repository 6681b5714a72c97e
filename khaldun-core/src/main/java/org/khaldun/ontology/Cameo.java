package org.khaldun.ontology;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.khaldun.KhaldunException;
import org.khaldun.util.DataFile;

/**
 * The CAMEO event ontology with Goldstein weights and the PLOVER mapping, loaded once from {@code
 * org/khaldun/ontology/cameo.tsv}. Immutable and thread-safe.
 */
public final class Cameo {
  public static final String RESOURCE = "org/khaldun/ontology/cameo.tsv";

  /** The sixteen PLOVER event types. */
  public static final Set<String> PLOVER_TYPES =
      Set.of(
          "AGREE",
          "CONSULT",
          "SUPPORT",
          "CONCEDE",
          "COOPERATE",
          "AID",
          "RETREAT",
          "REQUEST",
          "ACCUSE",
          "REJECT",
          "THREATEN",
          "PROTEST",
          "SANCTION",
          "MOBILIZE",
          "COERCE",
          "ASSAULT");

  private static final class Bundled {
    static final Cameo INSTANCE = load(DataFile.resource(RESOURCE));
  }

  private final Map<String, CameoCode> codes;

  private Cameo(Map<String, CameoCode> codes) {
    this.codes = Map.copyOf(codes);
  }

  /** The bundled ontology, loaded on first use. */
  public static Cameo bundled() {
    return Bundled.INSTANCE;
  }

  static Cameo load(DataFile file) {
    Map<String, CameoCode> codes = new LinkedHashMap<>();
    Map<String, DataFile.Row> rows = new LinkedHashMap<>();
    for (DataFile.Row row : file.rows()) {
      row.expectFields(5, 5, "code, name, goldstein, plover, mode");
      double goldstein;
      try {
        goldstein = Double.parseDouble(row.field(2));
      } catch (NumberFormatException e) {
        throw row.error("Goldstein weight is not a number: " + row.field(2));
      }
      String plover = row.optional(3);
      if (plover != null && !PLOVER_TYPES.contains(plover)) {
        throw row.error("unknown PLOVER type " + plover);
      }
      CameoCode code;
      try {
        code = new CameoCode(row.field(0), row.field(1), goldstein, plover, row.optional(4));
      } catch (IllegalArgumentException e) {
        throw row.error(e.getMessage());
      }
      if (codes.putIfAbsent(code.code(), code) != null) {
        throw row.error("duplicate CAMEO code " + code.code());
      }
      rows.put(code.code(), row);
    }
    for (String code : codes.keySet()) {
      if (code.length() == 3 && !codes.containsKey(code.substring(0, 2))) {
        throw rows.get(code).error("code " + code + " has no root " + code.substring(0, 2));
      }
    }
    return new Cameo(codes);
  }

  /** The code, or an exception naming it when the ontology lacks it. */
  public CameoCode get(String code) {
    CameoCode found = codes.get(code);
    if (found == null) {
      throw new KhaldunException("unknown CAMEO code " + code);
    }
    return found;
  }

  public boolean contains(String code) {
    return codes.containsKey(code);
  }

  public Collection<CameoCode> all() {
    return codes.values();
  }
}
