package org.khaldun.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khaldun.KhaldunConfig;
import org.khaldun.actors.ActorDictionary;
import org.khaldun.actors.DictionaryActorResolver;
import org.khaldun.cache.AnnotationCache;
import org.khaldun.cache.CachingAnnotator;
import org.khaldun.coding.DependencyCoder;
import org.khaldun.coding.PatternBook;
import org.khaldun.ingest.Limits;
import org.khaldun.model.Rejected;
import org.khaldun.nlp.NlpSettings;
import org.khaldun.ontology.Cameo;
import org.khaldun.pipeline.Pipeline;
import org.khaldun.pipeline.Progress;
import org.khaldun.pipeline.ResultSink;
import org.khaldun.pipeline.Stages;
import org.khaldun.testkit.Models;
import org.khaldun.testkit.Shared;

/**
 * Accuracy floors against the shared evaluation sets, just under what the coder reaches (see
 * docs/PERFORMANCE.md): a regression below them fails the build. Skipped where ../shared is absent.
 */
final class EvaluationIT {
  @TempDir Path cacheDir;

  private Map<String, Scorer.Score> score(Path gold, Path articles) {
    KhaldunConfig config =
        new KhaldunConfig(
            NlpSettings.DEFAULT,
            2,
            cacheDir,
            false,
            org.khaldun.lexicon.Dictionaries.bundled(),
            Limits.DEFAULT);
    Stages stages =
        new Stages(
            new CachingAnnotator(
                new AnnotationCache(cacheDir, NlpSettings.DEFAULT.key()), Models::annotator, false),
            new DictionaryActorResolver(ActorDictionary.bundled()),
            new DependencyCoder(PatternBook.bundled(), Cameo.bundled()));
    List<PredictedEvent> predicted = new ArrayList<>();
    try (Pipeline pipeline = new Pipeline(config, stages)) {
      pipeline.run(
          List.of(articles.toString()),
          InputStream.nullInputStream(),
          new ResultSink() {
            @Override
            public void coded(Stages.Result result) {
              result.events().forEach(e -> predicted.add(EvalFiles.predicted(e)));
            }

            @Override
            public void rejected(Rejected rejected) {
              throw new AssertionError("evaluation article rejected: " + rejected.describe());
            }
          },
          Progress.NONE);
    }
    return Scorer.scoreAll(EvalFiles.readGold(gold), predicted);
  }

  @Test
  void seedsStayAboveTheirFloors() {
    Path shared = Shared.require();
    Map<String, Scorer.Score> scores =
        score(shared.resolve("eval/seeds.gold.jsonl"), shared.resolve("corpus/seeds.jsonl"));

    assertThat(scores.get("root").f1()).as("seeds root F1").isGreaterThanOrEqualTo(0.77);
    assertThat(scores.get("date").f1()).as("seeds date F1").isGreaterThanOrEqualTo(0.71);
    assertThat(scores.get("code").f1()).as("seeds code F1").isGreaterThanOrEqualTo(0.54);
  }

  @Test
  void ploverDevStaysAboveItsFloor() {
    Path shared = Shared.require();
    Path set = shared.resolve("eval/plover-gsr-dev");
    Map<String, Scorer.Score> scores =
        score(set.resolve("gold.jsonl"), set.resolve("articles.jsonl"));

    assertThat(scores.get("root").f1()).as("PLOVER dev root F1").isGreaterThanOrEqualTo(0.64);
  }
}
