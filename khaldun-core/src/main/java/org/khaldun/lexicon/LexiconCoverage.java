package org.khaldun.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.khaldun.coding.PatternBook;
import org.khaldun.coding.TriggerEntry;
import org.khaldun.ontology.Cameo;
import org.khaldun.ontology.CameoCode;

/**
 * How many distinct verbal and nominal trigger words a pattern book has for each CAMEO code: a
 * 3-digit code counts the triggers of its own patterns (4-digit patterns count for their parent), a
 * 2-digit root the distinct triggers of all its codes. Immutable.
 */
public final class LexiconCoverage {
  /** One CAMEO code's line. */
  public record Row(String code, String name, int verbs, int nouns) {
    public boolean isRoot() {
      return code.length() == 2;
    }

    public boolean covered() {
      return verbs + nouns > 0;
    }
  }

  private final List<Row> rows;

  private LexiconCoverage(List<Row> rows) {
    this.rows = List.copyOf(rows);
  }

  public static LexiconCoverage of(PatternBook book, Cameo cameo) {
    Map<String, Set<String>> verbs = new HashMap<>();
    Map<String, Set<String>> nouns = new HashMap<>();
    for (TriggerEntry entry : book.triggers()) {
      String code = entry.code().length() > 3 ? entry.code().substring(0, 3) : entry.code();
      for (String key : List.of(code, code.substring(0, 2))) {
        (entry.noun() ? nouns : verbs).computeIfAbsent(key, k -> new TreeSet<>()).add(entry.word());
      }
    }
    List<CameoCode> codes = new ArrayList<>(cameo.all());
    codes.sort(Comparator.comparing(CameoCode::code));
    List<Row> rows = new ArrayList<>();
    for (CameoCode code : codes) {
      rows.add(
          new Row(
              code.code(),
              code.name(),
              verbs.getOrDefault(code.code(), Set.of()).size(),
              nouns.getOrDefault(code.code(), Set.of()).size()));
    }
    return new LexiconCoverage(rows);
  }

  /** Roots and 3-digit codes in code order (a root before its codes). */
  public List<Row> rows() {
    return rows;
  }

  /** The 3-digit codes without any trigger. */
  public List<Row> uncovered() {
    return rows.stream().filter(r -> !r.isRoot() && !r.covered()).toList();
  }
}
