package org.khaldun.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores predicted events against gold at three levels, with exactly the rules of the project's
 * reference scorer: {@code root} (same article, source, target and CAMEO root, or PLOVER type when
 * the gold has no CAMEO code), {@code date} (and within one day), {@code code} (and the same
 * three-digit code). Consultations and signed agreements match in either direction; predictions
 * collapse to unique keys per article; optional gold events neither count for recall nor as false
 * alarms. Stateless.
 */
public final class Scorer {
  private static final Set<String> GENERIC = Set.of("IGO", "NGO", "IMG", "MNC");

  private Scorer() {}

  /** Precision, recall and F1 at one level, with the errors behind them. */
  public record Score(
      String level,
      int hits,
      int falseAlarms,
      int ignored,
      int requiredGold,
      double precision,
      double recall,
      double f1,
      List<GoldEvent> misses,
      List<PredictedEvent> falseAlarmEvents) {}

  public static Map<String, Score> scoreAll(List<GoldEvent> gold, List<PredictedEvent> predicted) {
    Map<String, Score> result = new LinkedHashMap<>();
    for (String level : List.of("root", "date", "code")) {
      result.put(level, score(gold, predicted, level));
    }
    return result;
  }

  public static Score score(List<GoldEvent> gold, List<PredictedEvent> predicted, String level) {
    Map<String, List<GoldEvent>> byArticle = new HashMap<>();
    for (GoldEvent g : gold) {
      byArticle.computeIfAbsent(g.article(), k -> new ArrayList<>()).add(g);
    }
    List<PredictedEvent> scored = new ArrayList<>();
    for (PredictedEvent p : predicted) {
      if (byArticle.containsKey(p.article())) {
        scored.add(p);
      }
    }
    List<PredictedEvent> preds = collapse(scored, level);
    int hits = 0;
    int ignored = 0;
    List<PredictedEvent> falseAlarms = new ArrayList<>();
    Map<GoldEvent, Boolean> used = new IdentityHashMap<>();
    for (PredictedEvent pred : preds) {
      List<GoldEvent> candidates = new ArrayList<>();
      for (GoldEvent g : byArticle.get(pred.article())) {
        if (matches(g, pred, level)) {
          candidates.add(g);
        }
      }
      GoldEvent unused = null;
      boolean anyRequired = false;
      for (GoldEvent g : candidates) {
        if (g.required()) {
          anyRequired = true;
          if (unused == null && !used.containsKey(g)) {
            unused = g;
          }
        }
      }
      if (unused != null) {
        used.put(unused, true);
        hits++;
      } else if (anyRequired || !candidates.isEmpty()) {
        ignored++;
      } else {
        falseAlarms.add(pred);
      }
    }
    List<GoldEvent> misses = new ArrayList<>();
    int required = 0;
    for (GoldEvent g : gold) {
      if (g.required()) {
        required++;
        if (!used.containsKey(g)) {
          misses.add(g);
        }
      }
    }
    double precision =
        hits + falseAlarms.size() == 0 ? 0.0 : (double) hits / (hits + falseAlarms.size());
    double recall = required == 0 ? 0.0 : (double) hits / required;
    double f1 = precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
    return new Score(
        level,
        hits,
        falseAlarms.size(),
        ignored,
        required,
        round(precision),
        round(recall),
        round(f1),
        misses,
        falseAlarms);
  }

  private static double round(double value) {
    return Math.round(value * 10000) / 10000.0;
  }

  static boolean symmetric(String cameo, String plover) {
    return cameo.startsWith("04") || cameo.startsWith("057") || plover.equals("CONSULT");
  }

  static boolean sameActor(String gold, String pred, boolean isTarget) {
    if (gold == null) {
      return isTarget;
    }
    if (pred == null) {
      return false;
    }
    if (gold.length() == 3 && !GENERIC.contains(gold)) {
      return pred.equals(gold);
    }
    return pred.startsWith(gold);
  }

  static boolean matches(GoldEvent gold, PredictedEvent pred, String level) {
    if (!gold.article().equals(pred.article())) {
      return false;
    }
    if (!gold.cameo().isEmpty()) {
      if (!prefix(gold.cameo(), 2).equals(prefix(pred.cameo(), 2))) {
        return false;
      }
      if (level.equals("code") && !prefix(gold.cameo(), 3).equals(prefix(pred.cameo(), 3))) {
        return false;
      }
    } else if (!gold.plover().equals(pred.plover())) {
      return false;
    }
    boolean straight =
        sameActor(gold.source(), pred.source(), false)
            && sameActor(gold.target(), pred.target(), true);
    boolean crossed =
        gold.target() != null
            && sameActor(gold.source(), pred.target(), false)
            && sameActor(gold.target(), pred.source(), false);
    if (!(straight || crossed && symmetric(gold.cameo(), gold.plover()))) {
      return false;
    }
    if (level.equals("date") && gold.date() != null) {
      return pred.date() != null
          && Math.abs(pred.date().toEpochDay() - gold.date().toEpochDay()) <= 1;
    }
    return true;
  }

  private static String prefix(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n);
  }

  static List<PredictedEvent> collapse(List<PredictedEvent> preds, String level) {
    Set<List<Object>> seen = new HashSet<>();
    List<PredictedEvent> unique = new ArrayList<>();
    for (PredictedEvent p : preds) {
      String first = p.source();
      String second = p.target();
      if (symmetric(p.cameo(), p.plover())) {
        String a = first == null ? "" : first;
        String b = second == null ? "" : second;
        if (a.compareTo(b) > 0) {
          String swap = first;
          first = second;
          second = swap;
        }
      }
      List<Object> key = new ArrayList<>();
      key.add(p.article());
      key.add(String.valueOf(first));
      key.add(String.valueOf(second));
      key.add(level.equals("code") ? prefix(p.cameo(), 3) : prefix(p.cameo(), 2));
      key.add(p.plover());
      key.add(level.equals("date") ? String.valueOf(p.date()) : "");
      if (seen.add(key)) {
        unique.add(p);
      }
    }
    return unique;
  }
}
