package org.khaldun.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ScorerTest {
  private static final String OCT_11 = "2023-10-11";

  // ---- one rule at a time ----

  @Test
  void straightMatchIsPerfectAtEveryLevel() {
    List<GoldEvent> gold = List.of(gold("a1", "IRN", "SAU", "042", "CONSULT", OCT_11, true));
    List<PredictedEvent> pred = List.of(pred("a1", "IRN", "SAU", "042", "CONSULT", OCT_11));

    Map<String, Scorer.Score> scores = Scorer.scoreAll(gold, pred);

    assertThat(scores.keySet()).containsExactly("root", "date", "code");
    for (Scorer.Score s : scores.values()) {
      assertThat(prf(s)).isEqualTo(List.of(1.0, 1.0, 1.0));
      assertThat(s.hits()).isEqualTo(1);
      assertThat(s.misses()).isEmpty();
    }
  }

  @Test
  void consultationMatchesInReverseDirection() {
    Scorer.Score s =
        Scorer.score(
            List.of(gold("a1", "IRN", "SAU", "042", "CONSULT", null, true)),
            List.of(pred("a1", "SAU", "IRN", "042", "CONSULT", null)),
            "code");

    assertThat(s.hits()).isEqualTo(1);
    assertThat(s.falseAlarms()).isEqualTo(0);
  }

  @Test
  void accusationDoesNotMatchInReverseDirection() {
    GoldEvent accusation = gold("a1", "IRN", "ISR", "112", "ACCUSE", null, true);

    Scorer.Score s =
        Scorer.score(
            List.of(accusation), List.of(pred("a1", "ISR", "IRN", "112", "ACCUSE", null)), "root");

    assertThat(s.hits()).isEqualTo(0);
    assertThat(s.falseAlarms()).isEqualTo(1);
    assertThat(s.misses()).containsExactly(accusation);
    assertThat(prf(s)).isEqualTo(List.of(0.0, 0.0, 0.0));
  }

  @Test
  void signingAgreementMatchesInReverseDirection() {
    Scorer.Score s =
        Scorer.score(
            List.of(gold("a1", "IRN", "SAU", "057", "AGREE", null, true)),
            List.of(pred("a1", "SAU", "IRN", "057", "AGREE", null)),
            "code");

    assertThat(s.hits()).isEqualTo(1);
  }

  @Test
  void goldWithoutTargetAcceptsAnyTarget() {
    List<GoldEvent> gold =
        List.of(
            gold("a1", "IRN", null, "112", "ACCUSE", null, true),
            gold("a2", "IRN", null, "112", "ACCUSE", null, true));
    List<PredictedEvent> pred =
        List.of(
            pred("a1", "IRN", "ISR", "112", "ACCUSE", null),
            pred("a2", "IRN", null, "112", "ACCUSE", null));

    assertThat(Scorer.score(gold, pred, "root").hits()).isEqualTo(2);
  }

  @Test
  void bareIgoAcceptsAnyIgoCodeButCountryCodesMustBeEqual() {
    List<GoldEvent> gold =
        List.of(
            gold("a1", "IGO", "IRN", "111", "ACCUSE", null, true),
            gold("a2", "IGOUNO", "IRN", "111", "ACCUSE", null, true));
    List<PredictedEvent> pred =
        List.of(
            pred("a1", "IGOUNO", "IRN", "111", "ACCUSE", null),
            pred("a2", "IGOEUREEC", "IRN", "111", "ACCUSE", null));

    Scorer.Score s = Scorer.score(gold, pred, "root");

    assertThat(s.hits()).isEqualTo(1);
    assertThat(s.falseAlarms()).isEqualTo(1);
    assertThat(Scorer.sameActor("IRN", "IRNGOV", false)).isFalse();
    assertThat(Scorer.sameActor("IRN", "IRN", false)).isTrue();
  }

  @Test
  void dateLevelAcceptsOneDayEitherSideAndAnyDateForUndatedGold() {
    List<GoldEvent> gold = new ArrayList<>();
    for (String article : List.of("a1", "a2", "a3")) {
      gold.add(gold(article, "IRN", "SAU", "042", "CONSULT", OCT_11, true));
    }
    gold.add(gold("a4", "IRN", "SAU", "042", "CONSULT", null, true));
    List<PredictedEvent> pred =
        List.of(
            pred("a1", "IRN", "SAU", "042", "CONSULT", "2023-10-12"),
            pred("a2", "IRN", "SAU", "042", "CONSULT", "2023-10-10"),
            pred("a3", "IRN", "SAU", "042", "CONSULT", "2023-10-13"),
            pred("a4", "IRN", "SAU", "042", "CONSULT", null));

    Scorer.Score root = Scorer.score(gold, pred, "root");
    Scorer.Score date = Scorer.score(gold, pred, "date");

    assertThat(prf(root)).isEqualTo(List.of(1.0, 1.0, 1.0));
    // hits a1, a2, a4; a3 is two days off: P = R = F1 = 3/4
    assertThat(date.hits()).isEqualTo(3);
    assertThat(prf(date)).isEqualTo(List.of(0.75, 0.75, 0.75));
    assertThat(date.misses()).extracting(GoldEvent::article).containsExactly("a3");
  }

  @Test
  void codeLevelNeedsTheSameThreeDigits() {
    List<GoldEvent> gold = List.of(gold("a1", "IRN", "SAU", "042", "CONSULT", null, true));
    List<PredictedEvent> pred = List.of(pred("a1", "IRN", "SAU", "043", "CONSULT", null));

    assertThat(Scorer.score(gold, pred, "root").hits()).isEqualTo(1);
    assertThat(Scorer.score(gold, pred, "code").hits()).isEqualTo(0);
    assertThat(Scorer.score(gold, pred, "code").falseAlarms()).isEqualTo(1);
  }

  @Test
  void ploverOnlyGoldIsMatchedOnThePloverType() {
    List<GoldEvent> gold =
        List.of(
            gold("a1", "PSE", "ISR", "", "PROTEST", null, true),
            gold("a2", "PSE", "ISR", "", "PROTEST", null, true));
    List<PredictedEvent> pred =
        List.of(
            pred("a1", "PSE", "ISR", "141", "PROTEST", null),
            pred("a2", "PSE", "ISR", "141", "DEMAND", null));

    for (String level : List.of("root", "code")) {
      Scorer.Score s = Scorer.score(gold, pred, level);
      assertThat(s.hits()).isEqualTo(1);
      assertThat(s.falseAlarms()).isEqualTo(1);
    }
  }

  @Test
  void optionalGoldIsNeitherRecallNorFalseAlarm() {
    List<GoldEvent> gold =
        List.of(
            gold("a1", "IRN", "SAU", "042", "CONSULT", null, true),
            gold("a1", "IRN", "USA", "112", "ACCUSE", null, false));
    List<PredictedEvent> pred =
        List.of(
            pred("a1", "IRN", "SAU", "042", "CONSULT", null),
            pred("a1", "IRN", "USA", "112", "ACCUSE", null));

    Scorer.Score s = Scorer.score(gold, pred, "root");

    assertThat(List.of(s.hits(), s.falseAlarms(), s.ignored(), s.requiredGold()))
        .isEqualTo(List.of(1, 0, 1, 1));
    assertThat(prf(s)).isEqualTo(List.of(1.0, 1.0, 1.0));
    assertThat(Scorer.score(gold, List.of(), "root").misses())
        .extracting(GoldEvent::cameo)
        .containsExactly("042");
  }

  @Test
  void duplicatePredictionsCountOnce() {
    List<GoldEvent> gold = List.of(gold("a1", "IRN", "SAU", "042", "CONSULT", OCT_11, true));
    List<PredictedEvent> pred =
        List.of(
            pred("a1", "IRN", "SAU", "042", "CONSULT", OCT_11),
            pred("a1", "SAU", "IRN", "042", "CONSULT", OCT_11),
            pred("a1", "ISR", "PSE", "190", "ASSAULT", null),
            pred("a1", "ISR", "PSE", "190", "ASSAULT", null));

    Scorer.Score s = Scorer.score(gold, pred, "root");

    // one hit, one false alarm: P = 1/2, R = 1, F1 = 2/3
    assertThat(List.of(s.hits(), s.falseAlarms(), s.ignored())).isEqualTo(List.of(1, 1, 0));
    assertThat(prf(s)).isEqualTo(List.of(0.5, 1.0, 0.6667));
  }

  @Test
  void secondDistinctPredictionForAMatchedGoldIsIgnored() {
    List<GoldEvent> gold = List.of(gold("a1", "IRN", null, "112", "ACCUSE", null, true));
    List<PredictedEvent> pred =
        List.of(
            pred("a1", "IRN", "ISR", "112", "ACCUSE", null),
            pred("a1", "IRN", "USA", "112", "ACCUSE", null));

    Scorer.Score s = Scorer.score(gold, pred, "root");

    assertThat(List.of(s.hits(), s.falseAlarms(), s.ignored())).isEqualTo(List.of(1, 0, 1));
    assertThat(prf(s)).isEqualTo(List.of(1.0, 1.0, 1.0));
  }

  @Test
  void predictionsForArticlesOutsideTheGoldAreIgnored() {
    List<GoldEvent> gold = List.of(gold("a1", "IRN", "SAU", "042", "CONSULT", null, true));
    List<PredictedEvent> pred =
        List.of(
            pred("a1", "IRN", "SAU", "042", "CONSULT", null),
            pred("zz", "ISR", "PSE", "190", "ASSAULT", null));

    Scorer.Score s = Scorer.score(gold, pred, "root");

    assertThat(List.of(s.hits(), s.falseAlarms(), s.ignored())).isEqualTo(List.of(1, 0, 0));
  }

  // ---- everything together, by hand and against the reference scorer ----

  /** Ten required gold events (a7's 112 is optional). */
  private static final List<GoldEvent> GOLD =
      List.of(
          gold("a1", "IRN", "SAU", "042", "CONSULT", OCT_11, true),
          gold("a2", "IRN", "ISR", "112", "ACCUSE", "2023-10-10", true),
          gold("a3", "IRN", "SAU", "057", "AGREE", "2023-10-09", true),
          gold("a4", "IRN", null, "112", "ACCUSE", null, true),
          gold("a5", "IGO", "IRN", "111", "ACCUSE", OCT_11, true),
          gold("a6", "PSE", "ISR", "", "PROTEST", OCT_11, true),
          gold("a7", "IRN", "USA", "112", "ACCUSE", null, false),
          gold("a7", "IRN", "SAU", "042", "CONSULT", "2023-10-12", true),
          gold("a8", "IRN", "SAU", "042", "CONSULT", OCT_11, true),
          gold("a9", "RUS", "UKR", "190", "ASSAULT", null, true),
          gold("a11", "IRN", "SAU", "042", "CONSULT", "2023-10-01", true));

  private static final List<PredictedEvent> PRED =
      List.of(
          pred("a1", "SAU", "IRN", "042", "CONSULT", "2023-10-12"), // hit everywhere
          pred(
              "a2",
              "ISR",
              "IRN",
              "112",
              "ACCUSE",
              "2023-10-10"), // reversed accusation: false alarm
          pred("a3", "SAU", "IRN", "057", "AGREE", "2023-10-09"), // hit everywhere
          pred("a4", "IRN", "ISR", "112", "ACCUSE", "2023-10-01"), // hit everywhere
          pred("a4", "IRN", "USA", "112", "ACCUSE", "2023-10-01"), // gold already used: ignored
          pred(
              "a5",
              "IGOUNO",
              "IRN",
              "111",
              "ACCUSE",
              "2023-10-13"), // two days off: date false alarm
          pred("a6", "PSE", "ISR", "141", "PROTEST", OCT_11), // plover match: hit everywhere
          pred("a7", "IRN", "USA", "112", "ACCUSE", "2023-10-12"), // optional gold only: ignored
          pred("a7", "IRN", "SAU", "042", "CONSULT", "2023-10-12"), // hit everywhere
          pred("a7", "IRN", "SAU", "042", "CONSULT", "2023-10-12"), // duplicate: collapsed
          pred(
              "a8", "IRN", "SAU", "043", "CONSULT", OCT_11), // wrong 3-digit code: code false alarm
          pred("a11", "IRN", "SAU", "042", "CONSULT", OCT_11), // ten days off: date false alarm
          pred("zz", "ISR", "PSE", "190", "ASSAULT", null)); // not in gold: not scored

  @Test
  void mixedSetScoresWorkedOutByHand() {
    Map<String, Scorer.Score> scores = Scorer.scoreAll(GOLD, PRED);

    // root: 8 hits (all but a2, a9), 1 false alarm (a2): P 8/9, R 8/10, F1 16/19
    assertThat(counts(scores.get("root"))).isEqualTo(List.of(8, 1, 2, 10));
    assertThat(prf(scores.get("root"))).isEqualTo(List.of(0.8889, 0.8, 0.8421));
    // date: a5 and a11 also fail: 6 hits, 3 false alarms: P 6/9, R 6/10, F1 12/19
    assertThat(counts(scores.get("date"))).isEqualTo(List.of(6, 3, 2, 10));
    assertThat(prf(scores.get("date"))).isEqualTo(List.of(0.6667, 0.6, 0.6316));
    // code: a8 fails instead: 7 hits, 2 false alarms: P 7/9, R 7/10, F1 14/19
    assertThat(counts(scores.get("code"))).isEqualTo(List.of(7, 2, 2, 10));
    assertThat(prf(scores.get("code"))).isEqualTo(List.of(0.7778, 0.7, 0.7368));
  }

  @Test
  void evalFilesReadBackTheSetsAsWritten(@TempDir Path dir) throws IOException {
    Path goldFile = writeGold(dir.resolve("gold.jsonl"));
    Path predFile = writePred(dir.resolve("pred.jsonl"));

    assertThat(EvalFiles.readGold(goldFile)).isEqualTo(GOLD);
    assertThat(EvalFiles.readPredicted(predFile)).isEqualTo(PRED);
  }

  @Test
  void referenceScorerGivesTheSameF1(@TempDir Path dir) throws Exception {
    Path script = referenceScorer();
    Assumptions.assumeTrue(
        script != null, "the reference scorer shared/tools/score_events.py is not present");
    Assumptions.assumeTrue(pythonAvailable(), "python3 is not available");
    Path goldFile = writeGold(dir.resolve("gold.jsonl"));
    Path predFile = writePred(dir.resolve("pred.jsonl"));

    Process process =
        new ProcessBuilder(
                "python3",
                script.toString(),
                "--gold",
                goldFile.toString(),
                "--pred",
                predFile.toString(),
                "--json")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    byte[] out = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(0);
    JsonNode levels =
        new ObjectMapper().readTree(new String(out, StandardCharsets.UTF_8)).get("levels");

    Map<String, Scorer.Score> scores = Scorer.scoreAll(GOLD, PRED);
    for (String level : List.of("root", "date", "code")) {
      assertThat(scores.get(level).f1())
          .as(level)
          .isEqualTo(levels.get(level).get("f1").asDouble());
      assertThat(scores.get(level).hits())
          .as(level)
          .isEqualTo(levels.get(level).get("hits").asInt());
    }
  }

  // ---- helpers ----

  private static GoldEvent gold(
      String article,
      String source,
      String target,
      String cameo,
      String plover,
      String date,
      boolean required) {
    return new GoldEvent(
        article,
        source,
        target,
        cameo,
        plover,
        date == null ? null : LocalDate.parse(date),
        required,
        "");
  }

  private static PredictedEvent pred(
      String article, String source, String target, String cameo, String plover, String date) {
    return new PredictedEvent(
        article, source, target, cameo, plover, date == null ? null : LocalDate.parse(date));
  }

  private static List<Double> prf(Scorer.Score s) {
    return List.of(s.precision(), s.recall(), s.f1());
  }

  private static List<Integer> counts(Scorer.Score s) {
    return List.of(s.hits(), s.falseAlarms(), s.ignored(), s.requiredGold());
  }

  private static Path writeGold(Path file) throws IOException {
    StringBuilder out = new StringBuilder();
    for (GoldEvent g : GOLD) {
      out.append(
          String.format(
              java.util.Locale.ROOT,
              "{\"article\":\"%s\",\"source\":%s,\"target\":%s,\"cameo\":\"%s\",\"plover\":\"%s\","
                  + "\"date\":%s,\"required\":%s,\"evidence\":\"\"}%n",
              g.article(),
              quote(g.source()),
              quote(g.target()),
              g.cameo(),
              g.plover(),
              quote(g.date()),
              g.required()));
    }
    return Files.writeString(file, out);
  }

  /** Predicted events in the system's output form: actors as objects with country and code. */
  private static Path writePred(Path file) throws IOException {
    StringBuilder out = new StringBuilder();
    for (PredictedEvent p : PRED) {
      out.append(
          String.format(
              java.util.Locale.ROOT,
              "{\"article\":\"%s\",\"date\":%s,\"cameo\":\"%s\",\"plover\":\"%s\",\"source\":%s,\"target\":%s}%n",
              p.article(),
              quote(p.date()),
              p.cameo(),
              p.plover(),
              actor(p.source()),
              actor(p.target())));
    }
    return Files.writeString(file, out);
  }

  private static String actor(String key) {
    if (key == null) {
      return "null";
    }
    return key.length() == 3
        ? "{\"country\":\"" + key + "\",\"code\":\"" + key + "GOV\"}"
        : "{\"country\":null,\"code\":\"" + key + "\"}";
  }

  private static String quote(Object value) {
    return value == null ? "null" : "\"" + value + "\"";
  }

  private static Path referenceScorer() {
    for (Path shared : List.of(Path.of("..", "..", "shared"), Path.of("..", "shared"))) {
      Path script = shared.resolve("tools").resolve("score_events.py");
      if (Files.isRegularFile(script)) {
        return script;
      }
    }
    return null;
  }

  private static boolean pythonAvailable() {
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
